package com.example.stock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Its fixture is loaded in a static initializer that throws: the class cannot be initialized. */
class BrokenFixtureTest {

    private static final URI FIXTURE = load();

    private static URI load() {
        throw new IllegalStateException("fixture endpoints.json not found"); // throws: here
    }

    @Test
    void registersTheFixture() {
        assertTrue(new ServiceRegistry().register("billing", FIXTURE));
    }
}
