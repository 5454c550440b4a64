package com.example.hb;

import java.util.HashMap;
import java.util.Map;

/** Revenue per store of one region, filled by one loader thread, read after it was joined. */
public final class RegionReport {
    private final String region;
    private final Map<String, Long> revenueByStore = new HashMap<>();

    public RegionReport(String region) {
        this.region = region;
    }

    public void load(int stores) {
        for (int i = 0; i < stores; i++) {
            revenueByStore.put(region + "-store-" + i, 1000L * (i + 1));
        }
    }

    public long total() {
        long sum = 0;
        for (long revenue : revenueByStore.values()) {
            sum += revenue;
        }
        return sum;
    }

    public void addAdjustment(String store, long amount) {
        revenueByStore.merge(store, amount, Long::sum);
    }

    public int stores() {
        return revenueByStore.size();
    }
}
