package com.example.hb;

import org.junit.jupiter.api.Test;

/** Program concurrent-map-other-key: the evaluator synchronizes on a different key than the updater. */
class ConcurrentMapOtherKeyRaceTest {

    @Test
    void evaluatorReadsRulesAfterCheckingAnotherKeyOfTheRevisionMap() throws InterruptedException {
        FeatureToggles toggles = new FeatureToggles();
        Workers.start("updater", 1, t -> {
            for (int i = 0; i < 20; i++) {
                toggles.enable("feature-" + i);
            }
        }).and("evaluator", 1, t -> {
            Thread.sleep(5);
            for (int i = 0; i < 20; i++) {
                toggles.isEnabled("feature-" + i);
            }
        }).join();
    }
}
