package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mechanism: synchronized methods. */
class SessionRegistryTest {

    @Test
    void synchronizedMethodsOrderOpensAndCloses() throws InterruptedException {
        SessionRegistry registry = new SessionRegistry();
        Workers.start("session", 4, t -> {
            String user = "user-" + (t % 2);
            for (int i = 0; i < 50; i++) {
                registry.open(user);
            }
            for (int i = 0; i < 20; i++) {
                registry.close(user);
            }
            registry.sessionsOf(user);
            registry.usersOnline();
        }).join();
        assertEquals(60, registry.sessionsOf("user-0"));
        assertEquals(60, registry.sessionsOf("user-1"));
        assertEquals(2, registry.usersOnline());
    }
}
