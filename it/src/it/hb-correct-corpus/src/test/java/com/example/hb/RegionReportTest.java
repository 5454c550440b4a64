package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mechanism: Thread.join (each child fills a map, the parent reads and writes it after join). */
class RegionReportTest {

    @Test
    void parentReadsReportsAfterJoiningTheLoaders() throws InterruptedException {
        RegionReport[] reports = {new RegionReport("north"), new RegionReport("south"), new RegionReport("west")};
        Thread[] loaders = new Thread[reports.length];
        for (int i = 0; i < reports.length; i++) {
            RegionReport report = reports[i];
            loaders[i] = new Thread(() -> report.load(40), "region-loader-" + i);
            loaders[i].start();
        }
        long total = 0;
        for (int i = 0; i < reports.length; i++) {
            loaders[i].join();
            reports[i].addAdjustment("manual", -1);
            total += reports[i].total();
        }
        assertEquals(3 * (1000L * 40 * 41 / 2 - 1), total);
        assertEquals(41, reports[2].stores());
    }
}
