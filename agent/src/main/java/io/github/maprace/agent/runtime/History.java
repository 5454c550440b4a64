package io.github.maprace.agent.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * Stacks for the previous access of a race. A race is found at the current access, whose stack
 * is taken then; the earlier access is long gone. Like ThreadSanitizer's history, the detector
 * keeps stacks from the past, bounded: the first time a thread runs a map call site, its stack is
 * kept for that (site, thread) pair, so the cost is one stack walk per site and thread. The stack
 * shown for a previous access is therefore the one from that site's first run on that thread.
 *
 * <p>Bounded: identical stacks (the same code path on many threads) are kept once, and after
 * {@code 65,536} (site, thread) pairs only one stack per site is kept, so a suite that
 * starts thousands of threads does not fill the heap with the detector's history (GC-sensitive
 * tests must behave as without it).
 */
public final class History {
    // plain, not volatile: set once by the installer before any class is transformed, read on every access
    private static int depth = 32;
    private static final Object LOCK = new Object();
    private static final Map<Long, String> STACKS = new HashMap<>();
    private static final Map<Integer, String> ANY_THREAD = new HashMap<>();
    private static final Map<String, String> DISTINCT = new HashMap<>();
    /** (site, thread) pairs with a stack of their own, at most (tests lower it). */
    static int maxThreadEntries = 1 << 16;
    private static long distinctChars;

    private History() {
    }

    /** Frames kept per stack; 0 turns the history off. */
    public static void setDepth(int frames) {
        depth = Math.max(0, frames);
    }

    static void recordFirstRun(ThreadState ts, int site) {
        if (depth == 0 || ts.markSeen(Sites.index(site))) {
            return;
        }
        String walked = RaceLog.stack(depth);
        synchronized (LOCK) {
            String stack = DISTINCT.get(walked);
            if (stack == null) {
                stack = walked;
                DISTINCT.put(stack, stack);
                distinctChars += stack.length();
            }
            if (STACKS.size() < maxThreadEntries) {
                STACKS.put(key(site, ts.tid), stack);
            }
            ANY_THREAD.putIfAbsent(Sites.index(site), stack);
        }
    }

    /** The kept stack of {@code site} on thread {@code tid}, or of any thread, or empty. */
    static String stackOf(int site, int tid) {
        synchronized (LOCK) {
            String s = STACKS.get(key(site, tid));
            return s != null ? s : ANY_THREAD.getOrDefault(Sites.index(site), "");
        }
    }

    /** (site, thread) pairs with a stack of their own. */
    static int threadEntries() {
        synchronized (LOCK) {
            return STACKS.size();
        }
    }

    /** Distinct stacks kept. */
    static int distinctStacks() {
        synchronized (LOCK) {
            return DISTINCT.size();
        }
    }

    /**
     * Bytes the history retains, estimated: the distinct stack texts (Latin-1 strings, 1 byte a
     * character plus about 56 of headers) and about 64 bytes per map entry.
     */
    static long retainedBytes() {
        synchronized (LOCK) {
            long entries = STACKS.size() + ANY_THREAD.size() + DISTINCT.size();
            return distinctChars + 56L * DISTINCT.size() + 64L * entries;
        }
    }

    private static long key(int site, int tid) {
        return ((long) (Sites.index(site)) << 32) | (tid & 0xffffffffL);
    }
}
