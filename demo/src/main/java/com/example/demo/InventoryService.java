package com.example.demo;

import java.util.NoSuchElementException;
import java.util.Objects;

/** Answers storefront requests; one instance serves all request threads. */
public class InventoryService {

    private final Catalog catalog;
    private final PriceCache prices;
    private final StockLevels stock;

    /**
     * Creates the service.
     *
     * @param catalog product names
     * @param prices cached prices
     * @param stock units on hand
     */
    public InventoryService(Catalog catalog, PriceCache prices, StockLevels stock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.prices = Objects.requireNonNull(prices, "prices");
        this.stock = Objects.requireNonNull(stock, "stock");
    }

    /**
     * Quotes a product.
     *
     * @param sku the stock-keeping unit
     * @return its name, price and availability
     * @throws NoSuchElementException if the SKU is not in the catalog
     */
    public Quote lookup(String sku) {
        String name = catalog.name(sku).orElseThrow(() -> new NoSuchElementException("unknown SKU " + sku));
        return new Quote(sku, name, prices.price(sku), stock.available(sku));
    }

    /**
     * Reserves units of a product for an order.
     *
     * @param sku the stock-keeping unit
     * @param units how many
     * @return true if they were in stock and are now reserved
     */
    public boolean reserve(String sku, int units) {
        return stock.reserve(sku, units);
    }
}
