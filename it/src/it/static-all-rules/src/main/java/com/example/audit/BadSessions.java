package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class BadSessions {
    public static void expire(Map<String, Long> lastSeen, long cutoff) {
        for (String id : lastSeen.keySet()) { // related: MODIFY_WHILE_ITERATING
            if (lastSeen.get(id) < cutoff) {
                lastSeen.remove(id); // expect: MODIFY_WHILE_ITERATING
            }
        }
    }
}
