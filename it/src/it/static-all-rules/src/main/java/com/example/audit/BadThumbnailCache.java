package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class BadThumbnailCache {
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public byte[] get(String key) {
        if (!cache.containsKey(key)) { // related: CHECK_THEN_ACT
            cache.put(key, render(key)); // expect: CHECK_THEN_ACT
        }
        return cache.get(key);
    }

    private byte[] render(String key) {
        return key.getBytes();
    }
}
