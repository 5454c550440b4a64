package com.acme.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The catalog never changes its map after construction, but hands it out: the loader (another
 * class) fills it through the getter at startup and on every refresh, while request threads read it.
 */
public class BadCatalogFilledByLoader {
    private final Map<String, String> titles = new HashMap<>(); // expect: MUTABLE_AFTER_INIT

    public Map<String, String> titles() {
        return titles; // related: MUTABLE_AFTER_INIT
    }

    public String title(String sku) {
        return titles.get(sku);
    }
}

class CatalogLoader {
    private final ExecutorService refresher;

    CatalogLoader(ExecutorService refresher) {
        this.refresher = refresher;
    }

    void load(BadCatalogFilledByLoader catalog, List<String> skus) {
        refresher.submit(() -> {
            for (String sku : skus) {
                catalog.titles().put(sku, sku.toUpperCase()); // related: MUTABLE_AFTER_INIT
            }
        });
    }
}
