package com.example.jvm;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Exchange rates in basis points. Quoting code gets a read-only view of the table, made once and
 * kept in a field: Collections.unmodifiableMap forbids writes through the view but synchronizes
 * nothing, so a lookup through it reads the HashMap the updater writes (inside the JDK's view).
 */
public final class CurrencyRates {
    private final Map<String, Integer> rates = new HashMap<>();
    private final Map<String, Integer> view = Collections.unmodifiableMap(rates);

    public CurrencyRates() {
        rates.put("EUR", 10_000);
        rates.put("USD", 10_850);
    }

    public void update(String currency, int basisPoints) {
        rates.put(currency, basisPoints); // race: unmodifiable-view-get
    }

    /** Quotes read through the view only. */
    public Integer rate(String currency) {
        return view.get(currency); // race: unmodifiable-view-get
    }
}
