package io.github.maprace.agent.runtime;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Failures inside the agent itself. They are counted and the first few are kept for the report,
 * never thrown into the code under test.
 */
public final class AgentErrors {
    private static final int KEPT = 5;
    private static final AtomicLong COUNT = new AtomicLong();
    private static final String[] FIRST = new String[KEPT];

    private AgentErrors() {
    }

    /** Counts {@code t}; keeps its description if it is among the first few. */
    public static void record(Throwable t) {
        long n = COUNT.getAndIncrement();
        if (n < KEPT) {
            try {
                StackTraceElement[] st = t.getStackTrace();
                StringBuilder sb = new StringBuilder(String.valueOf(t));
                for (int i = 0; i < Math.min(st.length, 6); i++) {
                    sb.append(i == 0 ? " at " : " < ").append(st[i]);
                }
                String test = TestContext.current();
                FIRST[(int) n] = sb + (test.isEmpty() ? "" : " (during " + test + ")");
            } catch (Throwable ignored) {
                // nothing else may escape from here
            }
        }
    }

    /** How many failures were counted. */
    public static long count() {
        return COUNT.get();
    }

    /** The first few failures, joined by newlines. */
    public static String first() {
        StringBuilder sb = new StringBuilder();
        for (String s : FIRST) {
            if (s != null) {
                sb.append(sb.length() == 0 ? "" : "\n").append(s);
            }
        }
        return sb.toString();
    }
}
