package com.example.stock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Its class-level setup throws: none of its tests run. */
class BrokenSetupTest {

    @BeforeAll
    static void connectToTheRegistryServer() {
        throw new IllegalStateException("registry server not reachable"); // setup throws: here
    }

    @Test
    void registersRemotely() {
        assertTrue(new ServiceRegistry().registerOnce("billing", URI.create("http://billing")));
    }
}
