package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Mechanism: ExecutorService.invokeAll (results read after it returns, without Future.get). */
class InvoiceTotalsTest {

    @Test
    void resultMapsReadAfterInvokeAllReturns() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Map<String, List<String>> lines = new LinkedHashMap<>();
            lines.put("acme", List.of("pen", "pen", "paper"));
            lines.put("globex", List.of("stapler", "paper"));
            lines.put("initech", List.of("stapler", "stapler", "pen", "pen"));
            lines.put("umbrella", List.of("paper", "paper", "paper"));
            List<InvoiceTotals.CustomerTask> tasks = new InvoiceTotals().totals(pool, lines);
            long grand = 0;
            for (InvoiceTotals.CustomerTask task : tasks) {
                grand += task.total();
            }
            assertEquals(799L, tasks.get(0).total());
            assertEquals(799L + 1798L + 2898L + 1497L, grand);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
