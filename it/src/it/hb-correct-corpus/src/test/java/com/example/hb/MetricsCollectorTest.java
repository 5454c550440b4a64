package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mechanism: CompletableFuture.runAsync + allOf(...).join(). */
class MetricsCollectorTest {

    @Test
    void samplesMergedAfterAllOfJoin() {
        Map<String, Long> merged = new MetricsCollector().collect(5);
        assertEquals(3, merged.size());
        assertEquals(15L * "latency".length(), merged.get("latency[ms]"));
        assertEquals(15L * "heap".length(), merged.get("heap[MiB]"));
    }
}
