package com.acme;

import java.util.HashMap;
import java.util.Map;

/** Hands out its map; the loader fills it from an executor while callers read it. */
public class Catalog {
    private final Map<String, String> titles = new HashMap<>();

    public Map<String, String> titles() {
        return titles;
    }

    public String title(String sku) {
        return titles.get(sku);
    }
}
