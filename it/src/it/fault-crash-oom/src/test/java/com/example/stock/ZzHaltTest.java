package com.example.stock;

import org.junit.jupiter.api.Test;

/** Ends the JVM the hard way: no shutdown hook runs, as after a crash or a SIGKILL. */
class ZzHaltTest {

    @Test
    void haltsTheJvm() {
        Runtime.getRuntime().halt(137);
    }
}
