package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public final class BadFeatureFlags {
    private static Map<String, Boolean> flags = new HashMap<>(); // expect: NON_VOLATILE_SWAP

    public static void refresh(Map<String, Boolean> latest) {
        flags = new HashMap<>(latest); // related: NON_VOLATILE_SWAP
    }

    public static boolean enabled(String flag) {
        return flags.getOrDefault(flag, false);
    }
}
