package io.github.maprace.agent.runtime;

/**
 * Entry points inlined into static initializers: accesses made while one runs are judged but
 * not recorded ({@link Engine#check}). None of them throws into the caller.
 */
public final class ClassInitHooks {
    private ClassInitHooks() {
    }

    /** Entering a class initializer: its accesses are ordered before every use of the class. */
    public static void classInitStart() {
        try {
            ThreadState.current().ignoreDepth++;
        } catch (Throwable e) {
            AgentErrors.record(e);
        }
    }

    /** Leaving a class initializer. */
    public static void classInitEnd() {
        try {
            ThreadState ts = ThreadState.current();
            if (ts.ignoreDepth > 0) {
                ts.ignoreDepth--;
            }
        } catch (Throwable e) {
            AgentErrors.record(e);
        }
    }
}
