package com.acme.catalog;

import java.util.HashMap;
import java.util.Map;

/** A package-private map the importer of the same package fills after construction; the catalog only reads it. */
public class BadPackagePrivateCatalog {
    final Map<String, Long> prices = new HashMap<>(); // expect: MUTABLE_AFTER_INIT

    public long price(String sku) {
        return prices.getOrDefault(sku, 0L);
    }
}

class PriceImporter implements Runnable {
    private final BadPackagePrivateCatalog catalog;

    PriceImporter(BadPackagePrivateCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run() {
        catalog.prices.clear(); // related: MUTABLE_AFTER_INIT
        catalog.prices.put("apple", 120L); // related: MUTABLE_AFTER_INIT
    }
}
