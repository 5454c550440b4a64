package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class BadConfig {
    private final ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();
    private final Map<String, String> values = new HashMap<>();

    public String get(String key) {
        rwl.readLock().lock(); // related: LOCK_UPGRADE
        try {
            String value = values.get(key);
            if (value == null) {
                rwl.writeLock().lock(); // expect: LOCK_UPGRADE
                try {
                    value = "default";
                    values.put(key, value);
                } finally {
                    rwl.writeLock().unlock();
                }
            }
            return value;
        } finally {
            rwl.readLock().unlock();
        }
    }
}
