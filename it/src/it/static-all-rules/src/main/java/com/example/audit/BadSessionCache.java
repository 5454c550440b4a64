package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class BadSessionCache implements Runnable {
    private final Map<String, String> sessions = new HashMap<>(); // expect: SHARED_UNSAFE_MAP

    public void login(String id, String user) {
        sessions.put(id, user); // related: SHARED_UNSAFE_MAP
    }

    @Override
    public void run() {
        sessions.clear(); // related: SHARED_UNSAFE_MAP
    }
}
