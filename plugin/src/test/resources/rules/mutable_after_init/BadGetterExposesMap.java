package com.acme.tenants;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** A Spring singleton that hands its internal table to every caller. */
@Service
public class BadGetterExposesMap {
    private final Map<String, String> regions = new HashMap<>(); // expect: MUTABLE_AFTER_INIT

    public BadGetterExposesMap(List<String> tenants) {
        for (String tenant : tenants) {
            regions.put(tenant, "eu-west-1"); // related: MUTABLE_AFTER_INIT
        }
    }

    public Map<String, String> regions() {
        return regions; // related: MUTABLE_AFTER_INIT
    }

    public String region(String tenant) {
        return regions.get(tenant);
    }
}
