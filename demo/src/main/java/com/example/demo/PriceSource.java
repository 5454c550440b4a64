package com.example.demo;

import java.math.BigDecimal;

/** The pricing backend: slow enough that its answers are worth caching. */
@FunctionalInterface
public interface PriceSource {

    /**
     * Fetches the current unit price of a SKU.
     *
     * @param sku the stock-keeping unit
     * @return the price, never null
     */
    BigDecimal fetch(String sku);
}
