package com.example.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceRegistryTest {

    @Test
    void registersEachNameOnce() {
        ServiceRegistry registry = new ServiceRegistry();
        URI billing = URI.create("http://billing.internal:8080");

        assertTrue(registry.registerOnce("billing", billing));
        assertFalse(registry.registerOnce("billing", URI.create("http://other:8080")));
        assertFalse(registry.register("billing", URI.create("http://other:8080")));
        assertEquals(Optional.of(billing), registry.lookup("billing"));
        assertEquals(1, registry.snapshot().size());
    }
}
