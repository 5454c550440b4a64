package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.JdkStreams;
import net.bytebuddy.asm.Advice;

/** Advice inlined into parallel streams' fork/join tasks and {@code ForkJoinTask.invoke()} (see {@link JdkInstrumenter}). */
final class StreamAdvice {
    private StreamAdvice() {
    }

    /** {@code compute()} of a {@code java.util.stream} task. */
    static final class Compute {
        private Compute() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object task) {
            JdkStreams.computeStart(task);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.This Object task) {
            JdkStreams.computeEnd(task);
        }
    }

    /**
     * {@code CountedCompleter.tryComplete}/{@code propagateCompletion}/{@code complete}: a leaf
     * completes its root inside {@code compute()}, so its work is published before, not at exit.
     */
    static final class Complete {
        private Complete() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object task) {
            JdkStreams.computeEnd(task);
        }
    }

    /** {@code ForkJoinTask.invoke()}. */
    static final class Invoke {
        private Invoke() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.This Object task) {
            JdkStreams.invoked(task);
        }
    }
}
