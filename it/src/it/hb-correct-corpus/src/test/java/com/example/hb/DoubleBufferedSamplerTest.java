package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Mechanism: Exchanger swapping two HashMap buffers. */
class DoubleBufferedSamplerTest {

    @Test
    void buffersSwappedThroughTheExchanger() throws InterruptedException {
        DoubleBufferedSampler sampler = new DoubleBufferedSampler();
        AtomicLong reported = new AtomicLong();
        Workers.start("reporter", 1, r -> reported.set(sampler.report(10)))
                .and("sampler", 1, s -> assertEquals(200, sampler.sample(10, 20)))
                .join();
        assertEquals(10L * (19 * 20 / 2), reported.get());
    }
}
