package io.github.maprace.agent.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes check-then-act interleavings happen instead of waiting for them (TSVD's idea, aimed at
 * the pairs the {@link AtomicityTracker} watches). When a thread is about to act on a key it
 * checked on a concurrent or synchronized map that another thread uses too, it may sleep a few
 * milliseconds first, so that the other thread's write lands between the check and the act and
 * the tracker sees the violation that would otherwise need a lucky schedule.
 *
 * <p>Every decision is a function of the seed, the act's site (a key stable across runs) and how
 * often that site acted in the running test, so a run can be repeated with the seed the report
 * prints. Budgets bound the cost: a few delays per site and test, a total per test and per JVM, and
 * none at a site whose violation was already reported. Off unless the agent was given a seed.
 */
public final class Perturbation {
    /** Shortest and longest delay: enough for a thread started just after the checker to write. */
    static final long MIN_DELAY_MILLIS = 2;
    static final long MAX_DELAY_MILLIS = 10;
    /** Delays one act site may get in one test. */
    static final int DELAYS_PER_SITE_PER_TEST = 4;
    /** Delay all sites together may add to one test, and to the whole test JVM. */
    static final long MILLIS_PER_TEST = 250;
    static final long MILLIS_PER_JVM = 30_000;
    /** Occurrences of a site in a test that are always delayed; later ones with falling probability. */
    private static final int ALWAYS = 2;

    private static boolean enabled;
    private static long seed;

    private static final Object LOCK = new Object();
    private static final Map<Integer, SiteBudget> SITES = new HashMap<>();
    private static int budgetTest = -1;
    private static long testMillis;
    private static long jvmMillis;
    private static long delays;
    private static long skipped;

    /** What one act site has had in the running test. */
    private static final class SiteBudget {
        final int key;
        int test = -1;
        int occurrences;
        int delays;
        boolean found;

        SiteBudget(int key) {
            this.key = key;
        }
    }

    private Perturbation() {
    }

    /** Turns perturbation on; called once at agent start, before any instrumented code runs. */
    public static void enable(long seed) {
        Perturbation.seed = seed;
        enabled = true;
    }

    static boolean enabled() {
        return enabled;
    }

    /** Off again, budgets and counts forgotten: for tests, which share one JVM. */
    static void reset() {
        synchronized (LOCK) {
            enabled = false;
            SITES.clear();
            budgetTest = -1;
            testMillis = 0;
            jvmMillis = 0;
            delays = 0;
            skipped = 0;
        }
    }

    /** Notes that {@code ts} used the map behind {@code writes}: a second thread makes it shared. */
    static void touched(ThreadState ts, AtomicityTracker.Writes writes) {
        int last = writes.lastTid;
        if (last != ts.tid) {
            if (last >= 0 && !writes.shared) {
                writes.shared = true;
            }
            writes.lastTid = ts.tid;
        }
    }

    /**
     * Called between a thread's check of a key and its act on it (before the act's map call): may
     * sleep so that another thread's write can land in the window.
     */
    static void window(ThreadState ts, AtomicityTracker.Writes writes, Object map, int actSite) {
        if (ts.ignoreDepth > 0 || holds(ts, map)) {
            return; // no other writer can get in: a class initializer, or the map's own lock is held
        }
        if (!writes.shared && !TestContext.besideTheTest()) {
            return; // no sign of another thread: a map nobody else used yet, not on a thread a test started
        }
        long millis = decide(actSite);
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // meant for the user's code: keep it
        }
    }

    private static boolean holds(ThreadState ts, Object map) {
        for (int i = 0; i < ts.heldCount; i++) {
            if (ts.held[i] == map) {
                return true;
            }
        }
        return false;
    }

    /** The delay for this occurrence of {@code actSite}, in milliseconds, or 0; charges the budgets. */
    static long decide(int actSite) {
        int index = Sites.index(actSite);
        int test = TestContext.number();
        synchronized (LOCK) {
            if (test != budgetTest) {
                budgetTest = test;
                testMillis = 0;
            }
            SiteBudget site = SITES.get(index);
            if (site == null) {
                site = new SiteBudget(Sites.stableKey(actSite));
                SITES.put(index, site);
            }
            if (site.found) {
                return 0;
            }
            if (site.test != test) {
                site.test = test;
                site.occurrences = 0;
                site.delays = 0;
            }
            int n = site.occurrences++;
            long h = mix(seed ^ mix(site.key * 0x9E3779B97F4A7C15L + n));
            // the first acts of a site in a test always (a race between two threads' first calls),
            // later ones as 2/n: a loop gets a few more chances, not a delay per iteration
            boolean delay = n < ALWAYS || (h >>> 11) * 0x1.0p-53 < (double) ALWAYS / n;
            if (!delay) {
                return 0;
            }
            if (site.delays >= DELAYS_PER_SITE_PER_TEST || testMillis >= MILLIS_PER_TEST
                    || jvmMillis >= MILLIS_PER_JVM) {
                skipped++;
                return 0;
            }
            long millis = MIN_DELAY_MILLIS + Long.remainderUnsigned(h, MAX_DELAY_MILLIS - MIN_DELAY_MILLIS + 1);
            site.delays++;
            testMillis += millis;
            jvmMillis += millis;
            delays++;
            return millis;
        }
    }

    /** A violation was reported at {@code actSite}: delaying it again finds nothing new. */
    static void found(int actSite) {
        if (!enabled) {
            return;
        }
        synchronized (LOCK) {
            SiteBudget site = SITES.get(Sites.index(actSite));
            if (site != null) {
                site.found = true;
            }
        }
    }

    /** SplitMix64's finalizer: every input bit moves every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The {@code PERTURB} record for the log, or null when perturbation is off. */
    static StringBuilder record() {
        if (!enabled) {
            return null;
        }
        StringBuilder r = LogCodec.record("PERTURB");
        synchronized (LOCK) {
            LogCodec.field(r, "seed", seed);
            LogCodec.field(r, "delays", delays);
            LogCodec.field(r, "millis", jvmMillis);
            LogCodec.field(r, "skipped", skipped);
            LogCodec.field(r, "sites", SITES.size());
        }
        return r;
    }
}
