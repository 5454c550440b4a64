package com.example.hb;

import java.util.HashMap;
import java.util.Map;

/** A service whose order registry is a plain HashMap in a public field, used from many threads. */
public final class OrderService {
    public final Map<String, Integer> registry = new HashMap<>();
    private final String name;

    public OrderService(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
