package com.example.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** The same UNLOCK_NOT_IN_FINALLY as BadLedger, deliberately accepted: must not be reported. */
public class SuppressedLedger {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Long> balances = new HashMap<>();

    @SuppressWarnings("maprace:UNLOCK_NOT_IN_FINALLY")
    public void credit(String account, long amount) {
        lock.lock();
        balances.merge(account, amount, Long::sum);
        lock.unlock();
    }
}
