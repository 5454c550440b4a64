package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program values-iteration-vs-put: summing values() while another thread puts. */
class ValuesIterationRaceTest {

    @Test
    void valuesIterationRacesWithPut() throws InterruptedException {
        Map<String, Integer> scoreByPlayer = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            scoreByPlayer.put("player-" + i, 10);
        }
        int[] sum = new int[1];
        Workers.start("leaderboard", 1, t -> {
            try {
                for (int score : scoreByPlayer.values()) { // race: values-iteration-vs-put
                    sum[0] += score;
                }
            } catch (ConcurrentModificationException expected) {
                // the race itself, when the put lands mid-iteration
            }
        }).and("game-server", 1, t -> {
            Thread.sleep(2);
            for (int i = 0; i < 20; i++) {
                scoreByPlayer.put("player-" + i, 20); // race: values-iteration-vs-put
            }
        }).join();
        assertTrue(sum[0] <= 400);
    }
}
