package com.example.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PricesTest {

    @Test
    void raisesFromTwoThreadsAddUp() throws InterruptedException {
        Prices prices = new Prices();
        Thread a = new Thread(() -> prices.raise("apple", 2));
        Thread b = new Thread(() -> prices.raise("apple", 3));
        a.start();
        b.start();
        a.join();
        b.join();
        assertEquals(5, prices.of("apple"));
    }
}
