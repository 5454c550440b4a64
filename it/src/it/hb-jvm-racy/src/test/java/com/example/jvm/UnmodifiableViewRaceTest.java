package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Program unmodifiable-view-get: put on the HashMap / get through its Collections.unmodifiableMap view. */
class UnmodifiableViewRaceTest {

    @Test
    void lookupThroughTheReadOnlyViewRacesWithTheUpdate() throws InterruptedException {
        CurrencyRates rates = new CurrencyRates();
        Integer[] quoted = new Integer[1];
        Workers quoter = Workers.start("quoter", 1, t -> {
            Thread.sleep(50); // after the update below, in practice: a sleep orders nothing
            quoted[0] = rates.rate("GBP");
        });
        rates.update("GBP", 11_700);
        quoter.join();
        assertTrue(quoted[0] == null || quoted[0] == 11_700);
    }
}
