package com.example.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** A healthy test class next to the broken ones: it still runs. */
class ServiceRegistryTest {

    @Test
    void registersAndLooksUp() {
        ServiceRegistry registry = new ServiceRegistry();
        assertTrue(registry.registerOnce("billing", URI.create("http://billing")));
        assertEquals(URI.create("http://billing"), registry.lookup("billing").orElseThrow());
    }
}
