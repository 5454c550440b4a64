package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Program tostring-concat: put / "now " + shared (AbstractMap.toString inside the JDK) in another thread. */
class ToStringConcatRaceTest {

    @Test
    void loggingTheMapRacesWithARequest() throws InterruptedException {
        RequestCounters counters = new RequestCounters();
        String[] line = new String[1];
        Workers logger = Workers.start("logger", 1, t -> {
            Thread.sleep(50); // after the request below, in practice
            line[0] = counters.logLine();
        });
        counters.record("/checkout", 1);
        logger.join();
        assertTrue(line[0].startsWith("now {") && line[0].contains("/cart=7"), line[0]);
    }
}
