package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Program serializable-method-ref: a (Function & Serializable) prices::get applied / put in another thread. */
class SerializableMethodRefRaceTest {

    @Test
    void serializablePricerRacesWithARepricing() throws InterruptedException {
        PriceLookup lookup = new PriceLookup();
        Integer[] apple = new Integer[1];
        Workers batch = Workers.start("batch-job", 1, t -> {
            Thread.sleep(50); // after the repricing below, in practice
            Function<String, Integer> pricer = lookup.pricer();
            apple[0] = pricer.apply("apple");
        });
        lookup.setPrice("kiwi", 60);
        batch.join();
        assertEquals(120, apple[0]);
    }
}
