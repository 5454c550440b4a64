package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mechanism: Executor.execute + shutdown + awaitTermination. */
class LogShardIndexerTest {

    @Test
    void partialMapsMergedAfterAwaitTermination() throws InterruptedException {
        List<List<String>> shards = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                lines.add((i % 3 == 0 ? "WARNING" : i % 3 == 1 ? "ERR" : "INFO") + " line " + i);
            }
            shards.add(lines);
        }
        Map<String, Integer> levels = new LogShardIndexer().countLevels(shards);
        assertEquals(60, levels.get("WARN"));
        assertEquals(60, levels.get("ERROR"));
        assertEquals(60, levels.get("INFO"));
        assertEquals(3, levels.size());
    }
}
