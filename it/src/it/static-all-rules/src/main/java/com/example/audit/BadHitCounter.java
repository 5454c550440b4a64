package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class BadHitCounter {
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

    public void hit(String page) {
        hits.put(page, hits.getOrDefault(page, 0) + 1); // expect: NON_ATOMIC_UPDATE related: NON_ATOMIC_UPDATE
    }
}
