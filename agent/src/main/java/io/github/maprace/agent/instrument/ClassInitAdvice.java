package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.ClassInitHooks;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into static initializers: the JVM orders what a class initializer does before every
 * use of the class, so the detector does not judge the accesses made while it runs.
 */
final class ClassInitAdvice {
    private ClassInitAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter() {
        ClassInitHooks.classInitStart();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit() {
        ClassInitHooks.classInitEnd();
    }
}
