package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class BadCodecs {
    private static Map<String, Charset> byName;

    public static Charset lookup(String name) {
        if (byName == null) { // related: LAZY_INIT_RACE
            byName = new HashMap<>(); // expect: LAZY_INIT_RACE
            byName.put("utf8", StandardCharsets.UTF_8);
        }
        return byName.get(name);
    }
}
