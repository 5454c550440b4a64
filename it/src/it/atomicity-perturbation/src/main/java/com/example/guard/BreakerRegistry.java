package com.example.guard;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One circuit breaker per downstream service, created on first use. */
public class BreakerRegistry {
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    /** Two first callers can each create a breaker; one of them is lost with the failures it counted. */
    public CircuitBreaker breaker(String service) {
        CircuitBreaker breaker = breakers.get(service); // check
        if (breaker == null) {
            breaker = new CircuitBreaker(service);
            breakers.put(service, breaker); // act
        }
        return breaker;
    }
}
