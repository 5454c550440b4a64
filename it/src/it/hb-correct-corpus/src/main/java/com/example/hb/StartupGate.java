package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Routes loaded once by a loader thread; request threads wait on a CountDownLatch before reading. */
public final class StartupGate {
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final Map<String, String> handlerByPath = new HashMap<>();

    public void load(int routes) {
        for (int i = 0; i < routes; i++) {
            handlerByPath.put("/api/v1/r" + i, "handler-" + i);
        }
        loaded.countDown();
    }

    public String route(String path) throws InterruptedException {
        if (!loaded.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("routes never loaded");
        }
        return handlerByPath.get(path);
    }
}
