package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mechanism: parallel stream whose lambdas only read a map filled before the stream. */
class PriceListTest {

    @Test
    void parallelStreamReadsThePrefilledMap() {
        PriceList prices = new PriceList(100);
        List<String> basket = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            basket.add("sku-" + (i % 100));
        }
        long expected = 20L * (100 * 100 + 99 * 100 / 2);
        assertEquals(expected, prices.basketTotal(basket));
        assertEquals(expected, prices.basketTotal(basket));
    }
}
