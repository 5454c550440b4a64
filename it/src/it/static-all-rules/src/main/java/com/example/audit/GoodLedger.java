package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class GoodLedger {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Long> balances = new HashMap<>();

    public void credit(String account, long amount) {
        lock.lock();
        try {
            balances.merge(account, amount, Long::sum);
        } finally {
            lock.unlock();
        }
    }
}
