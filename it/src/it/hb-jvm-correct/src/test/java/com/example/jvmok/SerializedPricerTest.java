package com.example.jvmok;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A serializable method reference to a map's get, used in one thread and sent through Java
 * serialization and back: the agent watches it without changing what it serializes to.
 */
class SerializedPricerTest {
    private static final Map<String, Integer> PRICES = new HashMap<>(Map.of("apple", 120, "plum", 80));

    @Test
    @SuppressWarnings("unchecked")
    void aSerializablePricerSurvivesSerialization() throws Exception {
        Function<String, Integer> pricer = (Function<String, Integer> & Serializable) PRICES::get;
        assertEquals(120, pricer.apply("apple"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(pricer);
        }
        Function<String, Integer> copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Function<String, Integer>) in.readObject();
        }
        assertEquals(80, copy.apply("plum"));
    }
}
