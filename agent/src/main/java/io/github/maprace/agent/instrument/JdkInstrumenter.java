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

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
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
 * {@code ScheduledThreadPoolExecutor}, {@code Timer}, and the fork/join tasks of parallel streams),
 * so those edges hold whoever makes the call:
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
                    .visit(advice(TaskAdvice.TimerSchedule.class, named("sched").and(takesArguments(3)))),
            "java.util.concurrent.ForkJoinTask", b -> b
                    .visit(advice(StreamAdvice.Invoke.class, named("invoke").and(takesArguments(0)))),
            "java.util.concurrent.CountedCompleter", b -> b
                    .visit(advice(StreamAdvice.Complete.class,
                            namedOneOf("tryComplete", "propagateCompletion", "complete", "quietlyCompleteRoot"))));

    /** The fork/join tasks of parallel streams: their {@code compute()} frames the workers' share. */
    private static final Function<DynamicType.Builder<?>, DynamicType.Builder<?>> STREAM_TASK = b -> b
            .visit(advice(StreamAdvice.Compute.class, named("compute").and(takesArguments(0))
                    .and(not(isAbstract())).and(not(isStatic()))));

    private static boolean isStreamTask(TypeDescription type) {
        try {
            return type.getName().startsWith("java.util.stream.") && !type.isInterface()
                    && type.isAssignableTo(java.util.concurrent.CountedCompleter.class);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Function<DynamicType.Builder<?>, DynamicType.Builder<?>> adviceFor(TypeDescription type) {
        Function<DynamicType.Builder<?>, DynamicType.Builder<?>> f = CLASSES.get(type.getName());
        return f != null ? f : isStreamTask(type) ? STREAM_TASK : null;
    }

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
        // loaded now, so they are retransformed below: a class first loaded while Byte Buddy
        // transforms another one (a superclass of a stream task, say) is skipped by its
        // circularity guard and would stay unchanged
        for (String name : CLASSES.keySet()) {
            try {
                Class.forName(name, false, null);
            } catch (ClassNotFoundException | LinkageError e) {
                AgentErrors.record(e);
            }
        }
        new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.TypeStrategy.Default.DECORATE)
                .with(new Errors())
                // -Dmaprace.debugJdk=true in the test JVM prints what is transformed (a diagnostic for new JDKs)
                .with(Boolean.getBoolean("maprace.debugJdk") ? AgentBuilder.Listener.StreamWriting.toSystemError() : AgentBuilder.Listener.NoOp.INSTANCE)
                .ignore((TypeDescription type, ClassLoader loader, JavaModule module, Class<?> redefined,
                         java.security.ProtectionDomain domain) -> loader != null || !type.getName().startsWith("java."))
                .type((TypeDescription type, ClassLoader loader, JavaModule module, Class<?> redefined,
                       java.security.ProtectionDomain domain) -> adviceFor(type) != null)
                .transform((DynamicType.Builder<?> builder, TypeDescription type, ClassLoader loader, JavaModule module,
                            java.security.ProtectionDomain domain) -> adviceFor(type).apply(builder))
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
