package com.example.audit;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.stream.Collectors;

public class BadFibonacci {
    private final Map<Integer, BigInteger> memo = new ConcurrentHashMap<>();

    public BigInteger fib(int n) {
        if (n < 2) {
            return BigInteger.valueOf(n);
        }
        return memo.computeIfAbsent(n, k -> fib(k - 1).add(fib(k - 2))); // expect: RECURSIVE_COMPUTE related: RECURSIVE_COMPUTE
    }
}
