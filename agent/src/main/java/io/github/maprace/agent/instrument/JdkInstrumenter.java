package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.AgentErrors;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

import java.lang.instrument.Instrumentation;
import java.util.Map;
import java.util.function.Function;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * Retransforms the few JDK classes where thread and task hand-offs are implemented
 * ({@code Thread}, {@code InterruptedException}, {@code FutureTask}, {@code ThreadPoolExecutor},
 * {@code ScheduledThreadPoolExecutor}, {@code Timer}), so those edges hold whoever makes the call:
 * project code, a library, a test framework or the JDK. Only method bodies change (no new members),
 * which retransformation allows; a class that cannot be changed is counted as an agent error and
 * keeps the call-site model for project code.
 */
public final class JdkInstrumenter {
    /** Per JDK class: the advice to apply (the class may lack a method on some JDK: nothing matches then). */
    private static final Map<String, Function<DynamicType.Builder<?>, DynamicType.Builder<?>>> CLASSES = Map.of(
            "java.lang.Thread", b -> b
                    .visit(advice(ThreadAdvice.Start.class, named("start").and(takesArguments(0))))
                    .visit(advice(ThreadAdvice.Join.class, named("join").and(not(isStatic()))))
                    .visit(advice(ThreadAdvice.Interrupt.class, named("interrupt").and(takesArguments(0))))
                    .visit(advice(ThreadAdvice.IsInterrupted.class,
                            named("isInterrupted").and(takesArguments(0)).and(not(isStatic()))))
                    .visit(advice(ThreadAdvice.Interrupted.class,
                            named("interrupted").and(takesArguments(0)).and(isStatic()))),
            "java.lang.InterruptedException", b -> b
                    .visit(advice(ThreadAdvice.InterruptedExceptionCreated.class, isConstructor())),
            "java.util.concurrent.FutureTask", b -> b
                    .visit(advice(TaskAdvice.Complete.class, namedOneOf("set", "setException").and(takesArguments(1))))
                    .visit(advice(TaskAdvice.Get.class, named("get"))),
            "java.util.concurrent.ThreadPoolExecutor", b -> b
                    .visit(advice(TaskAdvice.HandOff.class, named("execute").and(takesArguments(1))))
                    .visit(advice(TaskAdvice.BeforeExecute.class, named("beforeExecute").and(takesArguments(2))))
                    .visit(advice(TaskAdvice.AfterExecute.class, named("afterExecute").and(takesArguments(2))))
                    .visit(advice(TaskAdvice.Terminated.class,
                            namedOneOf("awaitTermination", "isTerminated").and(returns(boolean.class)))),
            "java.util.concurrent.ScheduledThreadPoolExecutor", b -> b
                    .visit(advice(TaskAdvice.HandOff.class,
                            namedOneOf("delayedExecute", "reExecutePeriodic").and(takesArguments(1)))),
            "java.util.Timer", b -> b
                    .visit(advice(TaskAdvice.TimerSchedule.class, named("sched").and(takesArguments(3)))));

    private JdkInstrumenter() {
    }

    private static net.bytebuddy.asm.AsmVisitorWrapper advice(Class<?> adviceClass,
                                                              ElementMatcher<? super MethodDescription> methods) {
        return Advice.to(adviceClass).on(methods);
    }

    /**
     * Installs the transformation and retransforms the classes already loaded. The runtime must be
     * readable from {@code java.base} already (see the agent installer).
     */
    public static void install(Instrumentation instrumentation) {
        new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.TypeStrategy.Default.DECORATE)
                .with(new Errors())
                .ignore((TypeDescription type, ClassLoader loader, JavaModule module, Class<?> redefined,
                         java.security.ProtectionDomain domain) -> loader != null || !CLASSES.containsKey(type.getName()))
                .type((TypeDescription type, ClassLoader loader, JavaModule module, Class<?> redefined,
                       java.security.ProtectionDomain domain) -> CLASSES.containsKey(type.getName()))
                .transform((DynamicType.Builder<?> builder, TypeDescription type, ClassLoader loader, JavaModule module,
                            java.security.ProtectionDomain domain) -> CLASSES.get(type.getName()).apply(builder))
                .installOn(instrumentation);
    }

    /** Counts a JDK class that could not be changed instead of printing into the test output. */
    private static final class Errors extends AgentBuilder.Listener.Adapter {
        @Override
        public void onError(String typeName, ClassLoader classLoader, JavaModule module, boolean loaded,
                            Throwable throwable) {
            AgentErrors.record(new IllegalStateException("could not instrument JDK class " + typeName + ": "
                    + throwable, throwable));
        }
    }
}
