package com.example.registry;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Maps service names to their endpoints. A library without tests of its own. */
public class ServiceRegistry {

    private final ConcurrentHashMap<String, URI> endpoints = new ConcurrentHashMap<>();

    /**
     * Registers an endpoint unless the name is taken. The check and the put are two calls, so two
     * threads registering the same name can both succeed: {@code putIfAbsent} is the fix.
     *
     * @param name the service name
     * @param endpoint where it is reachable
     * @return true if this call registered it
     */
    public boolean register(String name, URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        if (!endpoints.containsKey(name)) { // related: CHECK_THEN_ACT (the check)
            endpoints.put(name, endpoint); // expect: CHECK_THEN_ACT
            return true;
        }
        return false;
    }

    /**
     * Registers an endpoint unless the name is taken, atomically.
     *
     * @param name the service name
     * @param endpoint where it is reachable
     * @return true if this call registered it
     */
    public boolean registerOnce(String name, URI endpoint) {
        return endpoints.putIfAbsent(name, Objects.requireNonNull(endpoint, "endpoint")) == null;
    }

    /**
     * Looks a service up.
     *
     * @param name the service name
     * @return its endpoint, if registered
     */
    public Optional<URI> lookup(String name) {
        return Optional.ofNullable(endpoints.get(name));
    }

    /**
     * Returns a snapshot of all registrations.
     *
     * @return an immutable copy
     */
    public Map<String, URI> snapshot() {
        return Map.copyOf(endpoints);
    }
}
