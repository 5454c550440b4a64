package com.example.rates;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Caches exchange rates so that each currency pair is fetched once. */
public class ExchangeRateCache {

    private final ConcurrentMap<String, BigDecimal> rates = new ConcurrentHashMap<>();
    private final RateSource source;

    /**
     * Creates an empty cache.
     *
     * @param source where missing rates are fetched from
     */
    public ExchangeRateCache(RateSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Returns the rate, fetching it on a miss. Two threads that miss together both fetch and the
     * second put overwrites the first: the check and the act are two separate calls.
     *
     * @param pair the currency pair
     * @return the cached rate
     */
    public BigDecimal rateCheckThenAct(String pair) {
        if (!rates.containsKey(pair)) { // related: CHECK_THEN_ACT (the check)
            rates.put(pair, source.fetch(pair)); // expect: CHECK_THEN_ACT
        }
        return rates.get(pair);
    }

    /**
     * Returns the rate, fetching it on a miss, in one atomic call: the correct version.
     *
     * @param pair the currency pair
     * @return the cached rate
     */
    public BigDecimal rate(String pair) {
        return rates.computeIfAbsent(pair, source::fetch);
    }

    /**
     * Returns how many pairs are cached.
     *
     * @return the number of cached pairs
     */
    public int size() {
        return rates.size();
    }
}
