package com.acme.catalog;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** A Spring singleton that builds its cache on first use, from whichever request thread comes first. */
@Service
public class BadLazyCacheInService {
    private Map<String, String> labels;

    public String label(String code) {
        if (labels == null) { // related: LAZY_INIT_RACE
            labels = new HashMap<>(); // expect: LAZY_INIT_RACE
            labels.put("A", "Alpha");
        }
        return labels.get(code);
    }
}
