package com.acme.catalog;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The same lazy cache, created inside a synchronized method. */
@Service
public class GoodSynchronizedLazyInit {
    private Map<String, String> labels;

    public synchronized String label(String code) {
        if (labels == null) {
            labels = new HashMap<>();
            labels.put("A", "Alpha");
        }
        return labels.get(code);
    }
}
