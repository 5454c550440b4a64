package io.github.maprace.agent.launcher;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One-line descriptions of throwables and stack frames for {@code tests.log}: what went wrong,
 * what caused it, and the first frame in the project's own code.
 */
final class Failures {
    /** Longest description written; the console and the reports quote it. */
    static final int MAX_LENGTH = 600;
    private static final int MAX_CAUSES = 4;
    private static final String[] TOOLING = {"java.", "javax.", "jdk.", "sun.", "com.sun.", "org.junit.",
        "org.opentest4j.", "org.assertj.", "org.hamcrest.", "org.mockito.", "io.github.maprace.agent."};

    private Failures() {
    }

    /**
     * {@code java.lang.ExceptionInInitializerError <- caused by java.lang.IllegalStateException: no
     * config (at com.acme.Config.<clinit>(Config.java:12))}: the throwable, its causes, and where
     * the innermost one was thrown in project code; line breaks become spaces.
     */
    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(oneLine(t));
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        seen.put(t, true);
        Throwable root = t;
        Throwable c = t.getCause();
        for (int i = 0; c != null && seen.put(c, true) == null && i < MAX_CAUSES; i++) {
            sb.append(" <- caused by ").append(oneLine(c));
            root = c;
            c = c.getCause();
        }
        String at = firstProjectFrame(root.getStackTrace());
        if (!at.isEmpty()) {
            sb.append(" (at ").append(at).append(')');
        }
        return sb.length() <= MAX_LENGTH ? sb.toString() : sb.substring(0, MAX_LENGTH - 3) + "...";
    }

    private static String oneLine(Throwable t) {
        String s;
        try {
            s = String.valueOf(t);
        } catch (RuntimeException e) { // a user exception whose getMessage throws
            s = t.getClass().getName();
        }
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').trim();
    }

    /** {@code com.acme.CacheTest.fills(CacheTest.java:42)}, without class loader or module prefixes. */
    static String frame(StackTraceElement f) {
        String where;
        if (f.isNativeMethod()) {
            where = "Native Method";
        } else if (f.getFileName() == null) {
            where = "Unknown Source";
        } else {
            where = f.getLineNumber() >= 0 ? f.getFileName() + ":" + f.getLineNumber() : f.getFileName();
        }
        return f.getClassName() + "." + f.getMethodName() + "(" + where + ")";
    }

    /** The first frame outside the JDK, JUnit, assertion libraries and maprace, or empty. */
    static String firstProjectFrame(StackTraceElement[] frames) {
        for (StackTraceElement f : frames) {
            if (!isTooling(f.getClassName())) {
                return frame(f);
            }
        }
        return "";
    }

    private static boolean isTooling(String className) {
        for (String p : TOOLING) {
            if (className.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The frame that called {@code System.exit} or {@code Runtime.exit} in {@code frames}, or empty
     * when this thread is not exiting (a JVM stopped by a signal runs its hooks from a thread that
     * calls {@code Shutdown.exit} directly).
     */
    static String exitCaller(StackTraceElement[] frames) {
        int exit = -1;
        for (int i = 0; i < frames.length; i++) {
            String c = frames[i].getClassName();
            if ((c.equals("java.lang.Runtime") || c.equals("java.lang.System")) && frames[i].getMethodName().equals("exit")) {
                exit = i;
            }
        }
        return exit < 0 || exit + 1 >= frames.length ? "" : frame(frames[exit + 1]);
    }

    /** Up to {@code max} frames, one per line. */
    static String stack(StackTraceElement[] frames, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < frames.length && i < max; i++) {
            sb.append(i == 0 ? "" : "\n").append(frame(frames[i]));
        }
        return sb.toString();
    }
}
