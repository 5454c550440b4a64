package com.example.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExchangeRateCacheTest {

    @Test
    void fetchesEachPairOnce() {
        AtomicInteger fetches = new AtomicInteger();
        ExchangeRateCache cache = new ExchangeRateCache(pair -> {
            fetches.incrementAndGet();
            return new BigDecimal("1.08");
        });

        assertEquals(new BigDecimal("1.08"), cache.rate("EUR/USD"));
        assertEquals(new BigDecimal("1.08"), cache.rate("EUR/USD"));
        assertEquals(new BigDecimal("1.08"), cache.rateCheckThenAct("EUR/USD"));
        assertEquals(new BigDecimal("1.08"), cache.rateCheckThenAct("GBP/USD"));

        assertEquals(2, fetches.get());
        assertEquals(2, cache.size());
    }
}
