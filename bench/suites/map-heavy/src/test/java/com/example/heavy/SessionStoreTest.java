package com.example.heavy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionStoreTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    @Test
    void shouldServeReadersWhileWritersOpenSessions() throws Exception {
        SessionStore store = new SessionStore();
        int sessions = 20_000 * Work.SCALE;
        Work.onAll(pool, 4, t -> () -> {
            int found = 0;
            for (int i = 0; i < sessions; i++) {
                if (t == 0) {
                    store.open("s" + i, "user" + (i % 100), i);
                } else if (store.attribute("s" + (i / 2), "locale") != null) {
                    found++;
                }
                if (t != 0 && store.attribute("s" + (i % 64), "user") != null) {
                    found++;
                }
            }
            return found;
        });
        assertEquals(sessions, store.size());
        assertEquals(sessions / 2, store.expire(sessions / 2));
        assertTrue(store.size() > 0);
    }
}
