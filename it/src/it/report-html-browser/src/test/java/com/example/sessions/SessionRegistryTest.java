package com.example.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Model text that looks like markup: a display name and a thread name that carry a script tag.
 * The HTML report must show them as text, never run them.
 */
class SessionRegistryTest {

    private static final int USERS_PER_THREAD = 50;

    @Test
    @DisplayName("<script>alert(1)</script> two threads record logins in one HashMap")
    void twoThreadsRecordLoginsInOneHashMap() throws InterruptedException {
        Map<String, Integer> logins = new HashMap<>();

        Thread web = new Thread(() -> {
            for (int i = 0; i < USERS_PER_THREAD; i++) {
                logins.put("web-" + i, i); // race: put web
            }
        }, "<script>alert(1)</script>");
        Thread api = new Thread(() -> {
            for (int i = 0; i < USERS_PER_THREAD; i++) {
                logins.put("api-" + i, i); // race: put api
            }
        }, "api-importer");

        // both start before either is joined: no happens-before edge between their puts
        web.start();
        api.start();
        web.join();
        api.join();

        assertTrue(logins.size() <= 2 * USERS_PER_THREAD, "size " + logins.size());
    }

    @Test
    void sessionForReturnsTheSameSessionTwice() {
        SessionRegistry registry = new SessionRegistry();
        assertEquals(registry.sessionFor("ada"), registry.sessionFor("ada"));
    }
}
