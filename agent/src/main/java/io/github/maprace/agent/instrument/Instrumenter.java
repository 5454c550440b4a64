package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.AgentErrors;
import io.github.maprace.agent.runtime.MapHooks;
import io.github.maprace.agent.runtime.SyncHooks;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

import java.lang.instrument.Instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.any;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.isSynchronized;
import static net.bytebuddy.matcher.ElementMatchers.isTypeInitializer;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isNative;

/**
 * Installs the Byte Buddy transformer: project classes (as {@link ClassFilter} decides) get their
 * call sites rewritten and their synchronized methods wrapped. Nothing already loaded is touched
 * and class formats never change, so the transformation cannot break class redefinition by other
 * agents (JaCoCo, Mockito), and it runs after their transformers (see {@link #install}).
 */
public final class Instrumenter {
    private Instrumenter() {
    }

    /** Installs the transformer on {@code instrumentation}. */
    public static void install(Instrumentation instrumentation, ClassFilter filter) {
        TypeHierarchy hierarchy = new TypeHierarchy();
        CallSiteRewriter rewriter = new CallSiteRewriter(hierarchy);
        Advice synchronizedMethods = Advice.to(SynchronizedMethodAdvice.class);
        Advice classInit = Advice.to(ClassInitAdvice.class);
        Advice compute = Advice.to(ForkJoinComputeAdvice.class);
        Advice taskRun = Advice.to(TaskRunAdvice.class);
        java.lang.instrument.ClassFileTransformer transformer = new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.DISABLED)
                .with(AgentBuilder.TypeStrategy.Default.DECORATE)
                .with(new ErrorCounter())
                .assureReadEdgeTo(instrumentation, MapHooks.class, SyncHooks.class)
                .ignore((TypeDescription type, ClassLoader loader, JavaModule module, Class<?> redefined,
                         java.security.ProtectionDomain domain) ->
                        loader == null || loader == ClassLoader.getPlatformClassLoader()
                                || type.isPackageType() || type.getName().endsWith("module-info")
                                || !filter.instrument(type.getName()))
                .type(any())
                .transform((DynamicType.Builder<?> builder, TypeDescription type, ClassLoader loader,
                            JavaModule module, java.security.ProtectionDomain domain) -> {
                    DynamicType.Builder<?> b = builder
                            .visit(rewriter)
                            .visit(synchronizedMethods.on(isSynchronized().and(not(isAbstract())).and(not(isNative()))))
                            .visit(classInit.on(isTypeInitializer()));
                    if (isTask(type)) {
                        b = b.visit(taskRun.on(takesArguments(0).and(not(isAbstract())).and(not(isStatic()))
                                .and(named("run").or(named("call")))));
                    }
                    if (isForkJoinTask(type)) {
                        b = b.visit(compute.on(named("compute").and(takesArguments(0)).and(not(isAbstract()))
                                .and(not(isStatic()))));
                    }
                    return b;
                })
                .makeRaw();
        // retransformation-capable transformers run after the others, whatever the order of the
        // -javaagent options: JaCoCo (and any agent that identifies classes by their bytes) sees the
        // class files as they are on disk. Classes never change format, so retransformations other
        // agents request (Mockito's inline mock maker) get the same rewrite again.
        instrumentation.addTransformer(transformer, true);
    }

    private static boolean isTask(TypeDescription type) {
        try {
            return !type.isInterface() && (type.isAssignableTo(Runnable.class)
                    || type.isAssignableTo(java.util.concurrent.Callable.class));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isForkJoinTask(TypeDescription type) {
        try {
            return type.isAssignableTo(java.util.concurrent.ForkJoinTask.class);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Counts transformation failures instead of printing them into the test output. */
    private static final class ErrorCounter extends AgentBuilder.Listener.Adapter {
        @Override
        public void onError(String typeName, ClassLoader classLoader, JavaModule module, boolean loaded,
                            Throwable throwable) {
            AgentErrors.record(new IllegalStateException("could not instrument " + typeName + ": " + throwable,
                    throwable));
        }
    }
}
