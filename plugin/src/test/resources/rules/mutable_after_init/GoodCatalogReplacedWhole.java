package com.acme.catalog;

import java.util.Map;

/** The loader hands the catalog a finished map, which the catalog keeps as an immutable copy. */
public class GoodCatalogReplacedWhole {
    private volatile Map<String, String> titles = Map.of();

    public void replace(Map<String, String> loaded) {
        titles = Map.copyOf(loaded);
    }

    public Map<String, String> titles() {
        return titles;
    }
}

class WholeCatalogLoader {
    void load(GoodCatalogReplacedWhole catalog, Map<String, String> loaded) {
        catalog.replace(loaded);
        System.out.println(catalog.titles().get("apple"));
    }
}
