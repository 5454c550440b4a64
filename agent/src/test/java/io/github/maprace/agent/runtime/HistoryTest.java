package io.github.maprace.agent.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The history of previous accesses stays bounded when many threads run the same call sites. */
class HistoryTest {
    private static final int SITE = Sites.register("com.acme.Pool", "borrow", "Pool.java", 42, "get", false);

    private static void runSiteOnNewThreads(int threads, int site) throws InterruptedException {
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> History.recordFirstRun(ThreadState.current(), site));
            t.start();
            t.join();
        }
    }

    @Test
    void shouldKeepOneCopyOfAStackThatManyThreadsShare() throws InterruptedException {
        int stacksBefore = History.distinctStacks();
        long bytesBefore = History.retainedBytes();

        runSiteOnNewThreads(200, SITE);

        // every thread ran the same code path: at most one new stack text (the detector's own package,
        // this test's too, is left out of stacks, so it may equal one kept before), 200 small entries
        assertThat(History.distinctStacks() - stacksBefore).isLessThanOrEqualTo(1);
        assertThat(History.retainedBytes() - bytesBefore).isLessThan(200 * 64 + 4_000);
    }

    @Test
    void shouldKeepOnlyOneStackPerSiteOnceTheCapIsReached() throws InterruptedException {
        int site = Sites.register("com.acme.Pool", "evict", "Pool.java", 77, "remove", true);
        int saved = History.maxThreadEntries;
        History.maxThreadEntries = History.threadEntries() + 5;
        try {
            runSiteOnNewThreads(50, site);

            assertThat(History.threadEntries()).isEqualTo(History.maxThreadEntries);
            assertThat(History.stackOf(site, Integer.MAX_VALUE)).contains("Thread.run"); // the per-site stack
        } finally {
            History.maxThreadEntries = saved;
        }
    }
}
