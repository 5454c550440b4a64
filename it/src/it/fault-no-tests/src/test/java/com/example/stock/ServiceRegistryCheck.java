package com.example.stock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** A JUnit test whose class name matches none of the default test patterns (Surefire skips it too). */
class ServiceRegistryCheck {

    @Test
    void registers() {
        assertTrue(new ServiceRegistry().registerOnce("billing", URI.create("http://billing")));
    }
}
