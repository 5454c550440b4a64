package com.example.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers prices fetched from the pricing backend.
 *
 * <p>THE BUG THIS DEMO IS ABOUT: {@link InventoryService} is called from many request threads, and
 * this cache keeps its prices in a plain {@link HashMap} with no lock. Two requests that miss at
 * the same time both {@code put}, and a {@code get} can run while another thread's {@code put}
 * resizes the table. The fix is one line: a {@code ConcurrentHashMap} and
 * {@code prices.computeIfAbsent(sku, source::fetch)}.
 */
public class PriceCache {

    private final Map<String, BigDecimal> prices = new HashMap<>();
    private final PriceSource source;

    /**
     * Creates an empty cache.
     *
     * @param source where prices come from on a miss
     */
    public PriceCache(PriceSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Returns the price of a SKU, fetching it on the first request.
     *
     * @param sku the stock-keeping unit
     * @return its unit price
     */
    public BigDecimal price(String sku) {
        BigDecimal price = prices.get(sku);
        if (price == null) {
            price = source.fetch(sku);
            prices.put(sku, price);
        }
        return price;
    }
}
