package com.example.few;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Number crunching with arrays; one small lookup table is the only map. */
public final class Numbers {
    private static final Map<Character, Integer> ROMAN = new HashMap<>();

    static {
        ROMAN.put('I', 1);
        ROMAN.put('V', 5);
        ROMAN.put('X', 10);
        ROMAN.put('L', 50);
        ROMAN.put('C', 100);
        ROMAN.put('D', 500);
        ROMAN.put('M', 1000);
    }

    private Numbers() {
    }

    public static int[] primesBelow(int n) {
        boolean[] composite = new boolean[n];
        int count = 0;
        for (int i = 2; i < n; i++) {
            if (!composite[i]) {
                count++;
                for (long j = (long) i * i; j < n; j += i) {
                    composite[(int) j] = true;
                }
            }
        }
        int[] primes = new int[count];
        for (int i = 2, k = 0; i < n; i++) {
            if (!composite[i]) {
                primes[k++] = i;
            }
        }
        return primes;
    }

    public static long[][] multiply(long[][] a, long[][] b) {
        int n = a.length;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                long aik = a[i][k];
                for (int j = 0; j < n; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        return c;
    }

    public static int[] sortedCopy(int[] values) {
        int[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    public static int fromRoman(String roman) {
        int total = 0;
        for (int i = 0; i < roman.length(); i++) {
            int v = ROMAN.get(roman.charAt(i));
            boolean subtract = i + 1 < roman.length() && ROMAN.get(roman.charAt(i + 1)) > v;
            total += subtract ? -v : v;
        }
        return total;
    }
}
