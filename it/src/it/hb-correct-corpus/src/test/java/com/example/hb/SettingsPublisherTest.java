package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mechanism: volatile boolean flag publication (writer fills, sets the flag; readers spin, then read). */
class SettingsPublisherTest {

    @Test
    void readersSpinOnTheVolatileFlag() throws InterruptedException {
        SettingsPublisher publisher = new SettingsPublisher();
        Workers.start("settings-reader", 3, r -> {
            assertEquals("dark", publisher.awaitSetting("theme", 10_000_000_000L));
            assertEquals("50", publisher.awaitSetting("pageSize", 10_000_000_000L));
        }).and("settings-loader", 1, l -> publisher.load()).join();
    }
}
