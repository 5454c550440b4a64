package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.JdkTasks;
import net.bytebuddy.asm.Advice;

/**
 * Advice inlined into the JDK's futures, pools and timer (see {@link JdkInstrumenter}), so their
 * hand-offs order accesses whoever uses them.
 */
final class TaskAdvice {
    private TaskAdvice() {
    }

    /** {@code FutureTask.set}/{@code setException}. */
    static final class Complete {
        private Complete() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object future) {
            JdkTasks.completing(future);
        }
    }

    /** {@code FutureTask.get} (both overloads). */
    static final class Get {
        private Get() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.This Object future, @Advice.Thrown Throwable thrown) {
            JdkTasks.gotten(future, thrown);
        }
    }

    /** {@code ThreadPoolExecutor.execute}, {@code ScheduledThreadPoolExecutor.delayedExecute}/{@code reExecutePeriodic}. */
    static final class HandOff {
        private HandOff() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) Object task) {
            JdkTasks.handedOff(task);
        }
    }

    /** {@code ThreadPoolExecutor.beforeExecute(thread, task)}. */
    static final class BeforeExecute {
        private BeforeExecute() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(1) Object task) {
            JdkTasks.running(task);
        }
    }

    /** {@code ThreadPoolExecutor.afterExecute(task, thrown)}. */
    static final class AfterExecute {
        private AfterExecute() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object pool, @Advice.Argument(0) Object task) {
            JdkTasks.ran(pool, task);
        }
    }

    /** {@code ThreadPoolExecutor.awaitTermination}/{@code isTerminated}. */
    static final class Terminated {
        private Terminated() {
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Object pool, @Advice.Return boolean done) {
            JdkTasks.terminated(pool, done);
        }
    }

    /** {@code Timer}'s private {@code sched(task, time, period)}, behind every {@code schedule*}. */
    static final class TimerSchedule {
        private TimerSchedule() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) Object task) {
            JdkTasks.timerTask(task);
        }
    }
}
