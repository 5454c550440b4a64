package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public final class GoodFeatureFlags {
    private static volatile Map<String, Boolean> flags = Map.of();

    public static void refresh(Map<String, Boolean> latest) {
        flags = Map.copyOf(latest);
    }

    public static boolean enabled(String flag) {
        return flags.getOrDefault(flag, false);
    }
}
