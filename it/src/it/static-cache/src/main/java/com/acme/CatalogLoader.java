package com.acme;

import java.util.List;
import java.util.concurrent.ExecutorService;

class CatalogLoader {
    private final ExecutorService refresher;

    CatalogLoader(ExecutorService refresher) {
        this.refresher = refresher;
    }

    void load(Catalog catalog, List<String> skus) {
        refresher.submit(() -> {
            for (String sku : skus) {
                catalog.titles().put(sku, sku);
            }
        });
    }
}
