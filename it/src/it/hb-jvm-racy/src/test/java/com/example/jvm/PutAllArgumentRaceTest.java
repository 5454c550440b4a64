package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program putall-argument: put / a thread-local map's putAll(shared), which reads shared. */
class PutAllArgumentRaceTest {

    @Test
    void reportCopiesTheLevelsWhileStockArrives() throws InterruptedException {
        StockLevels levels = new StockLevels();
        int[] reported = new int[1];
        Workers reporter = Workers.start("reporter", 1, t -> {
            Thread.sleep(50); // after the delivery below, in practice
            Map<String, Integer> report = new HashMap<>();
            levels.copyInto(report);
            reported[0] = report.size();
        });
        levels.receive("washer", 1_000);
        reporter.join();
        assertTrue(reported[0] == 2 || reported[0] == 3);
    }
}
