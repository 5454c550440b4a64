package com.example.orders;

/** Prices order lines. */
public final class OrderPricer {
    private final PriceSource prices;

    /** @param prices where unit prices come from */
    public OrderPricer(PriceSource prices) {
        this.prices = prices;
    }

    /** The price of a line in cents. */
    public long total(OrderLine line) {
        return prices.priceOf(line.sku()) * line.quantity();
    }
}
