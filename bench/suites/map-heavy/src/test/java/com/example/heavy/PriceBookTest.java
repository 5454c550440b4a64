package com.example.heavy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PriceBookTest {
    @Test
    void shouldPriceEveryQuantityAtItsTier() {
        PriceBook book = new PriceBook();
        for (int sku = 0; sku < 200; sku++) {
            book.tier("sku" + sku, 1, 100);
            book.tier("sku" + sku, 10, 90);
            book.tier("sku" + sku, 100, 75);
        }
        long total = 0;
        for (int round = 0; round < 5_000 * Work.SCALE; round++) {
            for (int sku = 0; sku < 200; sku += 7) {
                total += book.price("sku" + sku, 1 + round % 150);
            }
        }
        assertEquals(true, total > 0);
        assertEquals(900, book.price("sku3", 10));
    }
}
