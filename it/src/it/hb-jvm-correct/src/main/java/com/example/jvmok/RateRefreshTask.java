package com.example.jvmok;

import java.util.Map;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

/** A java.util.Timer task that refreshes a plain HashMap of rates, then signals that it ran. */
public final class RateRefreshTask extends TimerTask {
    private final Map<String, Integer> rates;
    private final CountDownLatch done;

    public RateRefreshTask(Map<String, Integer> rates, CountDownLatch done) {
        this.rates = rates;
        this.done = done;
    }

    @Override
    public void run() {
        int usd = rates.get("USD");
        rates.put("USD", usd + 5);
        rates.put("refreshed", 1);
        done.countDown();
    }
}
