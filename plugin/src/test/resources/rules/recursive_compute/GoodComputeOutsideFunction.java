package com.acme.math;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The same memoization, computing first and publishing with putIfAbsent, or under one lock. */
public class GoodComputeOutsideFunction {
    private final Map<Integer, BigInteger> memo = new ConcurrentHashMap<>();
    private final Map<Integer, Long> partitions = new HashMap<>();

    public BigInteger fib(int n) {
        if (n < 2) {
            return BigInteger.valueOf(n);
        }
        BigInteger value = memo.get(n);
        if (value == null) {
            value = fib(n - 1).add(fib(n - 2));
            BigInteger raced = memo.putIfAbsent(n, value);
            if (raced != null) {
                value = raced;
            }
        }
        return value;
    }

    public synchronized long count(int n) {
        Long known = partitions.get(n);
        if (known != null) {
            return known;
        }
        long sum = n <= 1 ? 1 : count(n - 1) + count(n - 2);
        partitions.put(n, sum);
        return sum;
    }
}
