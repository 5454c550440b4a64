package com.example.prices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PriceTableTest {

    @Test
    void aMissUpgradesTheReadLock() {
        assertEquals(100L, new PriceTable().priceOf("apple")); // hangs forever without the agent
    }

    @Test
    void aMissReleasesTheReadLockFirst() {
        PriceTable table = new PriceTable();
        assertEquals(100L, table.fixedPriceOf("apple"));
        assertEquals(100L, table.fixedPriceOf("apple"));
    }
}
