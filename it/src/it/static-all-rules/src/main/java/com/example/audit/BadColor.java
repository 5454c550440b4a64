package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public enum BadColor {
    RED("r"), GREEN("g");

    private static final Map<String, BadColor> BY_CODE = new HashMap<>(); // expect: MUTABLE_AFTER_INIT

    static {
        for (BadColor color : values()) {
            BY_CODE.put(color.code, color); // related: MUTABLE_AFTER_INIT
        }
    }

    private final String code;

    BadColor(String code) {
        this.code = code;
    }

    public static BadColor of(String code) {
        return BY_CODE.get(code);
    }

    public static Map<String, BadColor> byCode() {
        return BY_CODE; // related: MUTABLE_AFTER_INIT
    }
}
