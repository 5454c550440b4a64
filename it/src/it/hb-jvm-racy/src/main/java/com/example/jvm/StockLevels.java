package com.example.jvm;

import java.util.HashMap;
import java.util.Map;

/**
 * Units on hand per SKU. A report copies the levels into a map the caller owns with putAll: the
 * target is private to the caller, but putAll reads this shared map inside the JDK.
 */
public final class StockLevels {
    private final Map<String, Integer> onHand = new HashMap<>();

    public StockLevels() {
        onHand.put("bolt", 400);
        onHand.put("nut", 380);
    }

    public void receive(String sku, int units) {
        onHand.put(sku, units); // race: putall-argument
    }

    /** Adds the current levels to the caller's report. */
    public void copyInto(Map<String, Integer> report) {
        report.putAll(onHand); // race: putall-argument
    }
}
