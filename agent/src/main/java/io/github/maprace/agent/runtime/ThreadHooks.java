package io.github.maprace.agent.runtime;

/**
 * Entry points for thread start and join at project call sites (the JDK-side hooks are
 * {@link JdkThreads}). None of them throws into the caller.
 */
public final class ThreadHooks {
    private ThreadHooks() {
    }

    /** Before {@code thread.start()}; receives any object, since the call's owner may be a subclass. */
    public static void beforeStart(Object thread) {
        try {
            if (thread instanceof Thread t) {
                ThreadLifecycle.beforeStart(t);
            }
        } catch (Throwable e) {
            AgentErrors.record(e);
        }
    }

    /** After {@code thread.join()} or {@code thread.isAlive()} returned. */
    public static void afterJoin(Object thread) {
        try {
            if (thread instanceof Thread t) {
                ThreadLifecycle.afterTermination(t);
            }
        } catch (Throwable e) {
            AgentErrors.record(e);
        }
    }

    /** Bridge for {@code thread.join(millis)}. */
    public static void join(Thread thread, long millis) throws InterruptedException {
        thread.join(millis);
        afterJoin(thread);
    }

    /** Bridge for {@code thread.join(millis, nanos)}. */
    public static void join(Thread thread, long millis, int nanos) throws InterruptedException {
        thread.join(millis, nanos);
        afterJoin(thread);
    }
}
