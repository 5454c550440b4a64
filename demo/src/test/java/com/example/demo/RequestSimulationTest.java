package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Two storefront requests served at once, as a web server's request threads would. The answers
 * come out right here, which is exactly why this bug ships: maprace reports the unsynchronized
 * HashMap accesses in PriceCache anyway, because nothing orders the two threads' accesses.
 */
class RequestSimulationTest {

    @Test
    void twoConcurrentRequestsGetTheSameQuote() throws InterruptedException {
        InventoryService service = Fixtures.service();
        AtomicReference<Quote> first = new AtomicReference<>();
        AtomicReference<Quote> second = new AtomicReference<>();

        Thread requestA = new Thread(() -> first.set(service.lookup("MS-202")), "http-request-1");
        Thread requestB = new Thread(() -> second.set(service.lookup("MS-202")), "http-request-2");
        requestA.start();
        requestB.start();
        requestA.join();
        requestB.join();

        assertEquals(new BigDecimal("29.50"), first.get().unitPrice());
        assertEquals(first.get(), second.get());
    }
}
