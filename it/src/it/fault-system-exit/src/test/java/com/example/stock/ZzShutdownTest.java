package com.example.stock;

import org.junit.jupiter.api.Test;

/** Code under test that "handles" a fatal error by ending the JVM, as command-line tools do. */
class ZzShutdownTest {

    @Test
    void callsExit() {
        System.err.println("registry: endpoints.json missing, giving up");
        System.exit(3); // exit: here
    }

    @Test
    void neverRuns() {
        throw new AssertionError("runs after System.exit");
    }
}
