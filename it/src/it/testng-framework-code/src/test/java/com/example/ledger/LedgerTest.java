package com.example.ledger;

import org.testng.annotations.Test;

import java.util.HashMap;
import java.util.Map;

import static org.testng.Assert.assertTrue;

public class LedgerTest {
    private final Map<String, Integer> balances = new HashMap<>();

    @Test
    public void twoThreadsBookIntoOneHashMap() throws InterruptedException {
        Thread a = new Thread(() -> balances.put("a", 1)); // race: put A
        Thread b = new Thread(() -> balances.put("b", 2)); // race: put B
        a.start();
        b.start();
        a.join();
        b.join();
        assertTrue(balances.size() <= 2);
    }
}
