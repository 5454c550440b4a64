package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class GoodCodecs {
    private static final Map<String, Charset> BY_NAME = Map.of("utf8", StandardCharsets.UTF_8);

    public static Charset lookup(String name) {
        return BY_NAME.get(name);
    }
}
