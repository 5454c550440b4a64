package com.acme.math;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Memoized recursion through computeIfAbsent: the nested calls update the map being computed. */
public class BadMemoizedRecursion {
    private final Map<Integer, BigInteger> memo = new ConcurrentHashMap<>();
    private static final Map<Integer, Long> PARTITIONS = new HashMap<>();

    public BigInteger fib(int n) {
        if (n < 2) {
            return BigInteger.valueOf(n);
        }
        return memo.computeIfAbsent(n, k -> fib(k - 1).add(fib(k - 2))); // expect: RECURSIVE_COMPUTE related: RECURSIVE_COMPUTE
    }

    public static long partitions(int n) {
        if (n <= 1) {
            return 1;
        }
        return PARTITIONS.computeIfAbsent(n, BadMemoizedRecursion::count); // expect: RECURSIVE_COMPUTE
    }

    private static long count(int n) {
        long sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += partitions(n - k);
        }
        PARTITIONS.put(-n, sum); // related: RECURSIVE_COMPUTE
        return sum;
    }
}
