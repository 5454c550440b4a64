package com.example.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** Passes only when Surefire's argLine, system properties and environment reach the test JVM. */
class StockConfigSpec {

    @Test
    void seesTheArgLineAndItsOpenedPackage() throws Exception {
        assertEquals("yes", System.getProperty("stock.from.argline"));
        Field value = String.class.getDeclaredField("value");
        value.setAccessible(true); // needs --add-opens java.base/java.lang from the argLine
    }

    @Test
    void seesTheSystemPropertyVariablesAndTheEnvironment() {
        assertEquals("strict", System.getProperty("stock.mode"));
        assertEquals("eu-west", System.getenv("STOCK_REGION"));
    }
}
