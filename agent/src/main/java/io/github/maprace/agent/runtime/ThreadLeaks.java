package io.github.maprace.agent.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * Threads a test started and left running: each thread started while a test runs is remembered
 * with its start stack; when the test ends, those still alive after a short grace (a pool shut
 * down in {@code @AfterEach} needs a moment for its workers to exit) are reported as
 * {@code LEAKED_THREAD}, and races they take part in later say which test leaked them.
 *
 * <p>Threads nobody in the project asked for are not the test's: a start stack with no frame
 * outside the JDK, the test framework and the agent (JUnit's timeout thread), common-pool workers,
 * daemons the JDK starts for itself on the project's behalf (the {@code CompletableFuture}
 * delay scheduler, HTTP keep-alive timers) and daemons a static initializer starts (a library's
 * holder-class {@code Timer}) live as long as the JVM by design.
 *
 * <p>The grace wait polls {@link Thread#isAlive()} instead of joining: a join is a
 * happens-before edge the test never made, and it would hide the leaked thread's races.
 */
public final class ThreadLeaks {
    /** How long a thread may take to finish after its test ended before it counts as leaked. */
    static final long GRACE_NANOS = 250_000_000L;
    private static final int MAX_REPORTED = 1000;

    /** Frames of these packages are the JDK's, the test framework's or the agent's, not the project's. */
    private static final String[] NOT_PROJECT = {"java.", "javax.", "jdk.", "sun.", "com.sun.", "org.junit.",
        "junit.", "org.opentest4j.", "org.apache.maven.surefire.", "org.testng.", "io.github.maprace.agent.runtime.",
        "io.github.maprace.agent.launcher."};
    /** JDK classes that start service threads of their own while serving a project call. */
    private static final String[] JDK_SERVICE_STARTERS = {"sun.", "jdk.internal.", "com.sun.", "java.net.",
        "java.util.concurrent.CompletableFuture$Delayer", "java.lang.ref.", "javax.management."};

    private record Started(WeakReference<Thread> thread, String test, String stack) {
    }

    private static final Object LOCK = new Object();
    private static final List<Started> STARTED = new ArrayList<>();
    private static final Set<String> REPORTED = new HashSet<>();
    private static final WeakIdentityTable<String> LEAKED = new WeakIdentityTable<>();
    /** Threads already remembered: both start hooks (the call site's and the JDK's) see each start. */
    private static final WeakIdentityTable<Boolean> REMEMBERED = new WeakIdentityTable<>();

    private ThreadLeaks() {
    }

    /** Before {@code child.start()}: remembers the child if a test is running. */
    static void starting(Thread child) {
        String test = TestContext.current();
        if (test.isEmpty() || REMEMBERED.get(child) != null) {
            return; // the stack walk is the expensive part: once per thread
        }
        REMEMBERED.put(child, Boolean.TRUE);
        String stack = RaceLog.stack(RaceLog.MAX_FRAMES);
        synchronized (LOCK) {
            STARTED.add(new Started(new WeakReference<>(child), test, stack));
        }
    }

    /**
     * When {@code test} ended (after its {@code @AfterEach}): reports the threads it started that
     * are still running once the grace has passed. Never throws.
     */
    public static void testFinished(String test) {
        try {
            Map<Thread, Started> alive = new IdentityHashMap<>();
            synchronized (LOCK) {
                STARTED.removeIf(s -> {
                    if (!s.test().equals(test)) {
                        return false;
                    }
                    Thread t = s.thread().get();
                    if (t != null && t.isAlive() && isTheTests(t, s.stack())) {
                        alive.put(t, s);
                    }
                    return true;
                });
            }
            if (alive.isEmpty()) {
                return;
            }
            awaitEnd(alive.keySet());
            alive.forEach((t, s) -> {
                if (t.isAlive()) {
                    leaked(t, s);
                }
            });
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** The test that started {@code thread} and left it running, or null. */
    static String leakedFrom(Thread thread) {
        return thread == null ? null : LEAKED.get(thread);
    }

    private static void awaitEnd(Set<Thread> threads) {
        long deadline = System.nanoTime() + GRACE_NANOS;
        for (Thread t : threads) {
            while (t.isAlive() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the test framework's: keep it, stop waiting
                    return;
                }
            }
        }
    }

    private static void leaked(Thread t, Started s) {
        LEAKED.put(t, s.test());
        synchronized (LOCK) {
            // one report per place and test: a pool's workers share their start stack
            if (REPORTED.size() >= MAX_REPORTED || !REPORTED.add(s.test() + '\n' + s.stack())) {
                return;
            }
        }
        RaceLog.leakedThread(t, s.test(), s.stack());
    }

    /** False for threads the JDK or the test framework owns (see the class comment). */
    static boolean isTheTests(Thread t, String stack) {
        if (t instanceof ForkJoinWorkerThread w && w.getPool() == ForkJoinPool.commonPool()) {
            return false;
        }
        if (t.isDaemon() && stack.contains(".<clinit>(")) {
            return false; // a class's own service thread (a holder's static Timer): it lives as long as the class
        }
        boolean jdkService = false;
        for (String frame : stack.split("\n")) {
            String cls = frameClass(frame);
            if (!startsWithAny(cls, NOT_PROJECT)) {
                return !(jdkService && t.isDaemon());
            }
            jdkService |= startsWithAny(cls, JDK_SERVICE_STARTERS);
        }
        return false;
    }

    /** {@code com.acme.Cache.start(Cache.java:12)} → {@code com.acme.Cache}; tolerates module prefixes. */
    private static String frameClass(String frame) {
        int paren = frame.indexOf('(');
        String method = paren < 0 ? frame : frame.substring(0, paren);
        int slash = method.lastIndexOf('/');
        method = method.substring(slash + 1);
        int dot = method.lastIndexOf('.');
        return dot < 0 ? method : method.substring(0, dot);
    }

    private static boolean startsWithAny(String s, String[] prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
