package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class GoodFibonacci {
    private final Map<Integer, BigInteger> memo = new ConcurrentHashMap<>();

    public BigInteger fib(int n) {
        if (n < 2) {
            return BigInteger.valueOf(n);
        }
        BigInteger known = memo.get(n);
        if (known != null) {
            return known;
        }
        BigInteger value = fib(n - 1).add(fib(n - 2)); // computed outside the map's function
        BigInteger raced = memo.putIfAbsent(n, value);
        return raced != null ? raced : value;
    }
}
