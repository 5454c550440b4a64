package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Mechanism: BlockingQueue put / take hand-off of filled HashMaps. */
class BatchPipelineTest {

    @Test
    void batchesHandedOverThroughTheQueue() throws InterruptedException {
        BatchPipeline pipeline = new BatchPipeline();
        AtomicLong units = new AtomicLong();
        Workers.start("consumer", 1, c -> units.set(pipeline.consume()))
                .and("producer", 1, p -> pipeline.produce(30, 10))
                .join();
        assertEquals(30L * 55, units.get());
    }
}
