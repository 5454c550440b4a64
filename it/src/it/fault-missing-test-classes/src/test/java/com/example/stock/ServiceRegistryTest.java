package com.example.stock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ServiceRegistryTest {

    @Test
    void registers() {
        assertTrue(new ServiceRegistry().registerOnce("billing", URI.create("http://billing")));
    }
}
