package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Mechanism: CyclicBarrier (partials before await, barrier action merges, totals read after await). */
class ShardedTallyTest {

    @Test
    void totalsReadAfterTheBarrier() throws InterruptedException {
        int shards = 4;
        List<Map<String, Integer>> partials = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            partials.add(new HashMap<>());
        }
        ShardedTally tally = new ShardedTally(partials);
        AtomicIntegerArray seen = new AtomicIntegerArray(shards);
        Workers.start("tally", shards, s -> {
            List<String> ballots = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                ballots.add(i % 3 == 0 ? "bob" : "alice");
            }
            seen.set(s, tally.tallyAndReadWinner(s, ballots, "alice"));
        }).join();
        for (int s = 0; s < shards; s++) {
            assertEquals(80, seen.get(s));
        }
        assertEquals(2, tally.candidates());
    }
}
