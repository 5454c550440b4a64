package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.ForkJoinHooks;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code compute()} of ForkJoinTask subclasses (RecursiveTask, RecursiveAction,
 * CountedCompleter): the task starts after its {@code fork()} and finishes before its
 * {@code join()}, whichever pool thread runs it.
 */
final class ForkJoinComputeAdvice {
    private ForkJoinComputeAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object task) {
        ForkJoinHooks.computeStart(task);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.This Object task) {
        ForkJoinHooks.computeEnd(task);
    }
}
