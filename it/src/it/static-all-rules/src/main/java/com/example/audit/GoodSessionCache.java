package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class GoodSessionCache implements Runnable {
    private final Map<String, String> sessions = new ConcurrentHashMap<>();

    public void login(String id, String user) {
        sessions.put(id, user);
    }

    @Override
    public void run() {
        sessions.clear();
    }
}
