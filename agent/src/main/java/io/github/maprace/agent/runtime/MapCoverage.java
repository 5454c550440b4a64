package io.github.maprace.agent.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Concurrency coverage, per allocation site: which tracked maps one thread wrote and another
 * accessed (the map is shared), and in which tests that happened within the test (the map was
 * exercised concurrently, ordered or not). A race detector only judges what the tests make
 * happen; a shared map no test exercised that way is an unaudited map ({@code UNTESTED_SHARED_MAP}).
 *
 * <p>Fed from the engine's slow path only, under the shadow's lock, when an access meets another
 * thread's conflicting access on record: the same-epoch fast path never gets here, and each
 * shadow remembers the last test it reported, so a map pays once per test at most.
 */
final class MapCoverage {
    /** Tests and access sites kept per allocation site: enough for a report, bounded for big suites. */
    static final int MAX_TESTS = 5;
    static final int MAX_ACCESSES = 8;

    private static final class Site {
        boolean exercised;
        final Set<String> tests = new LinkedHashSet<>();
        final Set<Integer> accesses = new LinkedHashSet<>();
    }

    private static final Object LOCK = new Object();
    private static final Map<Integer, Site> BY_ALLOCATION = new TreeMap<>();

    private MapCoverage() {
    }

    /**
     * Thread of the access at {@code site} meets an access of another thread at {@code otherSite},
     * at least one of them a write, made during test number {@code otherTest} (0: between tests),
     * while test {@code test} runs. Called under {@code s}'s lock.
     */
    static void twoThreads(MapShadow s, int site, int otherSite, int otherTest, int test) {
        if (s.allocationSite < 0) {
            return;
        }
        boolean exercised = otherTest != 0 && otherTest == test;
        if (exercised ? s.coveredTest == test : s.coveredTest != 0) {
            return; // nothing new for this map
        }
        s.coveredTest = exercised ? test : -1;
        record(s.allocationSite, site, otherSite, exercised ? TestContext.current() : null);
    }

    /**
     * An access at {@code site} to a concurrent map whose creation was seen: compared with the
     * map's last write by another thread. Concurrent maps are not judged for races, so this is the
     * only look the engine takes at who used them; it costs two field reads once the map was
     * exercised in the running test.
     */
    static void concurrent(ThreadState ts, KeyClocks c, int site) {
        int test = TestContext.number();
        if (test == 0 || c.coveredTest == test) {
            return; // between tests coverage means nothing; within one, once exercised is enough
        }
        int writer = c.lastWriterTid;
        if (writer >= 0 && writer != ts.tid) {
            boolean exercised = test != 0 && c.lastWriteTest == test;
            if (exercised || c.coveredTest == 0) {
                c.coveredTest = exercised ? test : -1;
                record(c.allocationSite, site, c.lastWriteSite, exercised ? TestContext.current() : null);
            }
        }
        if (Sites.isWrite(site) && (writer != ts.tid || c.lastWriteTest != test)) {
            c.lastWriterTid = ts.tid;
            c.lastWriteTest = test;
            c.lastWriteSite = site;
        }
    }

    private static void record(int allocationSite, int site, int otherSite, String testName) {
        boolean exercised = testName != null;
        synchronized (LOCK) {
            Site c = BY_ALLOCATION.computeIfAbsent(allocationSite, k -> new Site());
            if (c.accesses.size() < MAX_ACCESSES) {
                c.accesses.add(Sites.index(site));
            }
            if (c.accesses.size() < MAX_ACCESSES && otherSite >= 0) {
                c.accesses.add(Sites.index(otherSite));
            }
            if (exercised) {
                c.exercised = true;
                if (c.tests.size() < MAX_TESTS && !testName.isEmpty()) {
                    c.tests.add(testName);
                }
            }
        }
    }

    /** One {@code COVERAGE} record per shared allocation site, for the end of the log. */
    static List<StringBuilder> records() {
        List<StringBuilder> out = new ArrayList<>();
        synchronized (LOCK) {
            for (Map.Entry<Integer, Site> e : BY_ALLOCATION.entrySet()) {
                StringBuilder r = LogCodec.record("COVERAGE");
                Sites.describe(r, "alloc.", e.getKey());
                Site c = e.getValue();
                LogCodec.field(r, "exercised", c.exercised);
                LogCodec.field(r, "tests", String.join("\n", c.tests));
                List<String> frames = new ArrayList<>();
                c.accesses.forEach(index -> frames.add(Sites.frame(index)));
                LogCodec.field(r, "accesses", String.join("\n", frames));
                out.add(r);
            }
        }
        return out;
    }
}
