package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program foreach-vs-put: Map.forEach in one thread while another thread puts. */
class ForEachRaceTest {

    @Test
    void forEachRacesWithPut() throws InterruptedException {
        Map<String, Double> priceBySymbol = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            priceBySymbol.put("SYM" + i, 1.0 + i);
        }
        double[] total = new double[1];
        Workers.start("valuation", 1, t -> {
            try {
                priceBySymbol.forEach((symbol, price) -> total[0] += price); // race: foreach-vs-put
            } catch (ConcurrentModificationException expected) {
                // the race itself, when the put lands mid-iteration
            }
        }).and("ticker", 1, t -> {
            Thread.sleep(2);
            for (int i = 20; i < 30; i++) {
                priceBySymbol.put("SYM" + i, 1.0 + i); // race: foreach-vs-put
            }
        }).join();
        assertTrue(total[0] >= 0);
    }
}
