package com.example.jvmok;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Shipping tariffs per region: each load builds a fresh HashMap, never written after it is returned. */
public final class TariffCatalog {
    private final AtomicInteger loads = new AtomicInteger();

    public Map<String, Integer> load(String region) {
        loads.incrementAndGet();
        int base = region.length() * 100;
        Map<String, Integer> tariffs = new HashMap<>();
        tariffs.put("standard", base);
        tariffs.put("express", base * 2);
        tariffs.put("freight", base * 5);
        return tariffs;
    }

    public int loads() {
        return loads.get();
    }
}
