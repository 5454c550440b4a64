package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class GoodListeners {
    private final Map<String, Runnable> listeners = Collections.synchronizedMap(new HashMap<>());

    public void fire() {
        synchronized (listeners) {
            for (Runnable listener : listeners.values()) {
                listener.run();
            }
        }
    }
}
