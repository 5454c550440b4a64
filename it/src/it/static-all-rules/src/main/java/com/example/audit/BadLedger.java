package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class BadLedger {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Long> balances = new HashMap<>();

    public void credit(String account, long amount) {
        lock.lock(); // expect: UNLOCK_NOT_IN_FINALLY
        balances.merge(account, amount, Long::sum);
        lock.unlock(); // related: UNLOCK_NOT_IN_FINALLY
    }
}
