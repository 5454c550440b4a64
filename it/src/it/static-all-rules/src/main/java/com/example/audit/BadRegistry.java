package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class BadRegistry {
    private final Map<String, Integer> ports = new HashMap<>();

    public synchronized void register(String name, int port) {
        ports.put(name, port); // related: INCONSISTENT_LOCKING
    }

    public Integer lookup(String name) {
        return ports.get(name); // expect: INCONSISTENT_LOCKING
    }
}
