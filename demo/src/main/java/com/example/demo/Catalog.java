package com.example.demo;

import java.util.Map;
import java.util.Optional;

/** Product names by SKU, loaded once and never changed: an immutable map needs no lock. */
public final class Catalog {

    private final Map<String, String> names;

    /**
     * Creates a catalog from a snapshot of product names.
     *
     * @param names product names by SKU; copied
     */
    public Catalog(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /**
     * Looks up a product name.
     *
     * @param sku the stock-keeping unit
     * @return the name, if the SKU is in the catalog
     */
    public Optional<String> name(String sku) {
        return Optional.ofNullable(names.get(sku));
    }
}
