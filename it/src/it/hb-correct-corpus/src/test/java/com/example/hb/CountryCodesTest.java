package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mechanism: class initialization (map filled in a static initializer, first used by worker threads). */
class CountryCodesTest {

    @Test
    void staticInitializerOrdersTheFillBeforeEveryRead() throws InterruptedException {
        // CountryCodes is first touched inside the workers: one of them runs <clinit>, the others wait for it
        Workers.start("geo-lookup", 4, w -> {
            for (int i = 0; i < 50; i++) {
                assertEquals("Germany", CountryCodes.name("DE"));
                assertEquals("?", CountryCodes.name("XX"));
            }
        }).join();
        assertEquals("Spain", CountryCodes.name("ES"));
    }
}
