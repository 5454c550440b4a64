package com.example.jvmok;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Mechanism: a FutureTask run by a plain Thread. The rows are added before Thread.start; the task's
 * write is read after FutureTask.get (before the thread is joined).
 */
class ReportBuilderTest {

    @Test
    void totalRowReadAfterFutureTaskGet() throws Exception {
        ReportBuilder report = new ReportBuilder();
        report.add("north", 120);
        report.add("south", 80);
        report.add("east", 45);
        FutureTask<Integer> totals = new FutureTask<>(() -> report.addTotalRow());
        Thread worker = new Thread(totals, "report-totals");
        worker.start();
        int total = totals.get(5, TimeUnit.SECONDS);
        assertEquals(245, total);
        assertEquals(245, report.value("total"));
        report.add("west", 10);
        assertEquals(10, report.value("west"));
        worker.join(5_000);
    }
}
