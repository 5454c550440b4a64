package com.example.hb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** List prices filled before a parallel stream whose lambdas only read them. */
public final class PriceList {
    private final Map<String, Long> centsBySku = new HashMap<>();

    public PriceList(int skus) {
        for (int i = 0; i < skus; i++) {
            centsBySku.put("sku-" + i, 100L + i);
        }
    }

    public long basketTotal(List<String> basket) {
        return basket.parallelStream().mapToLong(sku -> centsBySku.getOrDefault(sku, 0L)).sum();
    }
}
