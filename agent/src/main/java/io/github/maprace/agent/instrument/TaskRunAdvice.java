package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.Tasks;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code run()}/{@code call()} of project classes that implement {@code Runnable} or
 * {@code Callable}: a task handed to an executor unwrapped (see {@code Tasks}) starts after its
 * hand-off and finishes before its future and the executor's termination.
 */
final class TaskRunAdvice {
    private TaskRunAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object task) {
        Tasks.taskStarted(task);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.This Object task) {
        Tasks.taskFinished(task);
    }
}
