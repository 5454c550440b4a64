package com.acme.index;

import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

public class BadLocalConcurrentSkipListMap {
    private static final ConcurrentNavigableMap<String, String> NAMES = new ConcurrentSkipListMap<>();

    public static void rename(String from, String to) {
        String current = NAMES.get(from); // related: CHECK_THEN_ACT
        if (current != null) {
            NAMES.put(from, to); // expect: CHECK_THEN_ACT
        } else {
            System.out.println("unknown " + from);
        }
    }

    public static void submitLater(java.util.concurrent.Executor executor, String name) {
        executor.execute(() -> {
            synchronized (NAMES) {
            }
            if (!NAMES.containsKey(name)) { // related: CHECK_THEN_ACT
                NAMES.put(name, name); // expect: CHECK_THEN_ACT
            }
        });
    }
}
