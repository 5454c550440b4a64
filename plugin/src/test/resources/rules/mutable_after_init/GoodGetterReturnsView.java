package com.acme.tenants;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The getter returns a read-only view, and the table is only read. */
@Service
public class GoodGetterReturnsView {
    private final Map<String, String> regions = new HashMap<>();

    public GoodGetterReturnsView(List<String> tenants) {
        for (String tenant : tenants) {
            regions.put(tenant, "eu-west-1");
        }
    }

    public Map<String, String> regions() {
        return Collections.unmodifiableMap(regions);
    }

    private Map<String, String> raw() {
        return regions;
    }
}
