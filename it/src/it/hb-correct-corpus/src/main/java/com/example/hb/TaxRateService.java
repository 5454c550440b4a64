package com.example.hb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Tax rates in basis points. The base table is filled before any task is submitted; each task
 * reads it and returns a HashMap of its own, which the caller reads after Future.get.
 */
public final class TaxRateService {
    private final Map<String, Integer> baseRateByCountry = new HashMap<>();
    private final ExecutorService pool;

    public TaxRateService(ExecutorService pool) {
        this.pool = pool;
        baseRateByCountry.put("DE", 1900);
        baseRateByCountry.put("FR", 2000);
        baseRateByCountry.put("NL", 2100);
    }

    /** Rates for the given products in one country, computed by a pool thread. */
    public Future<Map<String, Integer>> ratesFor(String country, List<String> products) {
        Callable<Map<String, Integer>> task = () -> {
            int base = baseRateByCountry.getOrDefault(country, 0);
            Map<String, Integer> rates = new HashMap<>();
            for (String product : products) {
                rates.put(product, product.startsWith("food") ? base / 2 : base);
            }
            return rates;
        };
        return pool.submit(task);
    }
}
