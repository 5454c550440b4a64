package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.MonitorHooks;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code synchronized} methods: the monitor ({@code this}, or the class for a static
 * method) is acquired on entry and released on every exit, exceptional ones included.
 */
final class SynchronizedMethodAdvice {
    private SynchronizedMethodAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This(optional = true) Object self, @Advice.Origin Class<?> type) {
        MonitorHooks.monitorEnter(self != null ? self : type);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.This(optional = true) Object self, @Advice.Origin Class<?> type) {
        MonitorHooks.monitorExit(self != null ? self : type);
    }
}
