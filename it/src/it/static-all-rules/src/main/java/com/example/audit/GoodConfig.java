package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class GoodConfig {
    private final ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();
    private final Map<String, String> values = new HashMap<>();

    public String get(String key) {
        rwl.readLock().lock();
        try {
            String value = values.get(key);
            if (value != null) {
                return value;
            }
        } finally {
            rwl.readLock().unlock();
        }
        rwl.writeLock().lock();
        try {
            return values.computeIfAbsent(key, k -> "default");
        } finally {
            rwl.writeLock().unlock();
        }
    }
}
