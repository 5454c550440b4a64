package com.example.rates;

import java.math.BigDecimal;

/** Where exchange rates come from (a remote service in production). */
@FunctionalInterface
public interface RateSource {

    /**
     * Fetches the current rate for a currency pair such as {@code "EUR/USD"}.
     *
     * @param pair the currency pair
     * @return the rate, never null
     */
    BigDecimal fetch(String pair);
}
