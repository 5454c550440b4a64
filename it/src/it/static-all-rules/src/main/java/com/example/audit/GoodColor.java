package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public enum GoodColor {
    RED("r"), GREEN("g");

    private static final Map<String, GoodColor> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(c -> c.code, c -> c));

    private final String code;

    GoodColor(String code) {
        this.code = code;
    }

    public static GoodColor of(String code) {
        return BY_CODE.get(code);
    }

    public static Map<String, GoodColor> byCode() {
        return BY_CODE;
    }
}
