package com.example.few;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumbersTest {
    static final int SCALE = Integer.getInteger("suite.scale", 5);

    @Test
    void shouldCountPrimes() {
        for (int r = 0; r < 10 * SCALE; r++) {
            assertEquals(664_579, Numbers.primesBelow(10_000_000).length);
        }
    }

    @Test
    void shouldMultiplyMatricesOnTwoThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long[][] a = new long[220][220];
            for (int i = 0; i < a.length; i++) {
                a[i][i] = 2;
                a[i][(i + 1) % a.length] = 1;
            }
            for (int r = 0; r < 4 * SCALE; r++) {
                Future<long[][]> f1 = pool.submit(() -> Numbers.multiply(a, a));
                Future<long[][]> f2 = pool.submit(() -> Numbers.multiply(a, a));
                assertEquals(4, f1.get()[0][0]);
                assertEquals(4, f2.get()[5][5]);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldSortLargeArrays() {
        Random random = new Random(1);
        for (int r = 0; r < 10 * SCALE; r++) {
            int[] values = random.ints(400_000).toArray();
            int[] sorted = Numbers.sortedCopy(values);
            for (int i = 1; i < sorted.length; i++) {
                assertTrue(sorted[i - 1] <= sorted[i]);
            }
        }
    }

    @Test
    void shouldReadRomanNumerals() {
        assertEquals(1994, Numbers.fromRoman("MCMXCIV"));
        assertEquals(2024, Numbers.fromRoman("MMXXIV"));
        assertEquals(9, Numbers.fromRoman("IX"));
    }
}
