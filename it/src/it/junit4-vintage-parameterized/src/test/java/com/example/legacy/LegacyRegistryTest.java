package com.example.legacy;

import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.Test;

/** A JUnit 4 test: runs through junit-vintage-engine on the JUnit Platform. */
public class LegacyRegistryTest {
    private final Map<String, String> handlers = new HashMap<>();

    @Test
    public void registersFromTwoThreads() throws Exception {
        Thread a = new Thread(() -> handlers.put("orders", "v1"), "registrar-A"); // race: legacy A
        Thread b = new Thread(() -> handlers.put("billing", "v1"), "registrar-B"); // race: legacy B
        a.start();
        b.start();
        a.join();
        b.join();
        assertTrue(handlers.size() <= 2);
    }
}
