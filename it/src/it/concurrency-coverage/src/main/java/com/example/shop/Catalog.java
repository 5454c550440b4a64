package com.example.shop;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Product names, loaded on an importer thread while the shop front reads them. */
public class Catalog {
    private final Map<String, String> names = new ConcurrentHashMap<>(); // catalog's map

    public Future<?> importIn(ExecutorService importer, String sku, String name) {
        return importer.submit(() -> names.put(sku, name));
    }

    public String name(String sku) {
        return names.get(sku);
    }
}
