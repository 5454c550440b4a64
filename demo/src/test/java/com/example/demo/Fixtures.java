package com.example.demo;

import java.math.BigDecimal;
import java.util.Map;

/** A small shop: three products and a fake pricing backend. */
final class Fixtures {

    private Fixtures() {
    }

    static InventoryService service() {
        Catalog catalog = new Catalog(Map.of(
                "KB-101", "Mechanical keyboard",
                "MS-202", "Wireless mouse",
                "HD-303", "USB-C hub"));
        PriceSource backend = sku -> switch (sku) {
            case "KB-101" -> new BigDecimal("89.00");
            case "MS-202" -> new BigDecimal("29.50");
            default -> new BigDecimal("45.00");
        };
        StockLevels stock = new StockLevels(Map.of("KB-101", 12, "MS-202", 40, "HD-303", 3));
        return new InventoryService(catalog, new PriceCache(backend), stock);
    }
}
