package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The race added after the baseline was written: the first two builds leave this test out of the
 * audit (-Dmaprace.testExcludes), the third runs it and must fail on it alone.
 */
class LaterRaceTest {

    @Test
    void twoThreadsWriteOneTreeMap() throws InterruptedException {
        Map<String, Integer> byName = new TreeMap<>();
        Thread a = new Thread(() -> byName.put("a", 1), "later-A"); // race: later A
        Thread b = new Thread(() -> byName.put("b", 2), "later-B"); // race: later B
        a.start();
        b.start();
        a.join();
        b.join();
        assertTrue(byName.size() <= 2);
    }
}
