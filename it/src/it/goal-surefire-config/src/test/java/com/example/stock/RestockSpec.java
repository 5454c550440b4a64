package com.example.stock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Two threads restock one StockLevels without a lock: a race for the detector. */
class RestockSpec {

    @Test
    void twoWarehousesRestockAtOnce() throws InterruptedException {
        StockLevels stock = new StockLevels();
        Thread north = new Thread(() -> stock.restock("apple", 3), "north");
        north.start();
        stock.restock("pear", 2); // race: here
        north.join();
        assertTrue(stock.level("pear") == 2);
    }
}
