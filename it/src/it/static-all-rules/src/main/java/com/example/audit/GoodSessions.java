package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class GoodSessions {
    public static void expire(Map<String, Long> lastSeen, long cutoff) {
        lastSeen.values().removeIf(seen -> seen < cutoff);
    }
}
