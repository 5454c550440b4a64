package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.JdkThreads;
import net.bytebuddy.asm.Advice;

/**
 * Advice inlined into {@code java.lang.Thread} and {@code InterruptedException} (see
 * {@link JdkInstrumenter}): start, join and interrupt edges wherever the call is made.
 */
final class ThreadAdvice {
    private ThreadAdvice() {
    }

    /** {@code Thread.start()}. */
    static final class Start {
        private Start() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Thread thread) {
            JdkThreads.starting(thread);
        }
    }

    /** Every {@code Thread.join} overload; a timed join that timed out is told apart by the runtime. */
    static final class Join {
        private Join() {
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Thread thread) {
            JdkThreads.joined(thread);
        }
    }

    /** {@code Thread.interrupt()}. */
    static final class Interrupt {
        private Interrupt() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Thread thread) {
            JdkThreads.interrupting(thread);
        }
    }

    /** {@code thread.isInterrupted()}. */
    static final class IsInterrupted {
        private IsInterrupted() {
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Thread thread, @Advice.Return boolean interrupted) {
            JdkThreads.interruptSeen(thread, interrupted);
        }
    }

    /** The static {@code Thread.interrupted()}. */
    static final class Interrupted {
        private Interrupted() {
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.Return boolean interrupted) {
            JdkThreads.interruptSeen(Thread.currentThread(), interrupted);
        }
    }

    /** Constructors of {@code InterruptedException}: blocking methods throw one when they see the interrupt. */
    static final class InterruptedExceptionCreated {
        private InterruptedExceptionCreated() {
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit() {
            JdkThreads.interruptedException();
        }
    }
}
