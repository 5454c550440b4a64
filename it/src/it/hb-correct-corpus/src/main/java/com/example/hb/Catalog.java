package com.example.hb;

import java.util.HashMap;
import java.util.Map;

/** Titles by SKU, loaded once by the thread that owns the catalog and then only read. */
public final class Catalog {
    private final Map<String, String> titleBySku = new HashMap<>();

    public void load(int items) {
        for (int i = 0; i < items; i++) {
            titleBySku.put("sku-" + i, "Item #" + i);
        }
    }

    public String title(String sku) {
        return titleBySku.get(sku);
    }
}
