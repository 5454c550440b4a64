package com.example.orders;

/** Where prices come from; the test mocks it with Mockito. */
public interface PriceSource {
    /** The price of one unit of {@code sku}, in cents. */
    long priceOf(String sku);
}
