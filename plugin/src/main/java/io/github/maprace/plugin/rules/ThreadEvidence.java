package io.github.maprace.plugin.rules;

import java.util.Set;
import spoon.reflect.code.CtConstructorCall;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtSynchronized;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtClass;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtEnum;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.ModifierKind;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * Evidence that a class is used by several threads, named so that a message can say why the rule
 * believes it. Looked for in the field's class and the classes around it, strongest first: it
 * starts threads or hands tasks to an executor; it is a task or thread itself; it is annotated as
 * thread-safe or as a container-managed singleton; it already uses synchronization (synchronized
 * members, Lock fields, volatile or atomic fields); it is a servlet or handler/listener; it is a
 * singleton (also through a nested holder class) or an enum. Without any of these the field-sharing rules stay quiet: a plain class is
 * presumed confined to one thread.
 */
final class ThreadEvidence {

    private static final Set<String> ANNOTATIONS = Set.of("ThreadSafe", "GuardedBy", "Component", "Service",
            "Controller", "RestController", "Singleton", "ApplicationScoped", "Repository", "WebServlet");
    private static final Set<String> TASK_TYPES = Set.of("Runnable", "Callable", "Thread", "TimerTask",
            "RecursiveTask", "RecursiveAction", "ForkJoinTask");
    private static final Set<String> SERVLETS = Set.of("HttpServlet", "GenericServlet");
    private static final Set<String> LOCK_TYPES = Set.of("Lock", "ReentrantLock", "ReadWriteLock",
            "ReentrantReadWriteLock", "StampedLock", "Semaphore");
    private static final Set<String> SUBMITS = Set.of("execute", "submit", "invokeAll", "invokeAny", "schedule",
            "scheduleAtFixedRate", "scheduleWithFixedDelay");
    private static final Set<String> ASYNC = Set.of("runAsync", "supplyAsync");

    private ThreadEvidence() {
    }

    /**
     * Why {@code field}'s class looks multi-threaded, e.g. {@code it submits tasks to an executor (line 20)}, or null.
     * For an instance field, volatile and atomic <em>static</em> fields of the class are no evidence: a static
     * counter says the class is used from several threads, not that one instance is (netty's per-thread
     * {@code InternalThreadLocalMap} has a static {@code AtomicInteger nextIndex}).
     */
    static String of(CtField<?> field) {
        for (CtType<?> type = field.getDeclaringType(); type != null; type = type.getDeclaringType()) {
            CtType<?> owner = type;
            String found = field.isStatic() ? of(owner)
                    : ModelCache.get(owner, ThreadEvidence.class.getName() + ".instance", () -> of(owner, false));
            if (found != null) {
                return type == field.getDeclaringType() ? found : "its enclosing class " + type.getSimpleName() + " " + found;
            }
        }
        return null;
    }

    /** Why {@code type} looks multi-threaded, or null (computed once per type, see {@link ModelCache}). */
    static String of(CtType<?> type) {
        return ModelCache.get(type, ThreadEvidence.class.getName(), () -> of(type, true));
    }

    private static String of(CtType<?> type, boolean staticFieldsCount) {
        String name = type.getSimpleName();
        String concurrency = startsThreads(type);
        if (concurrency != null) {
            return concurrency;
        }
        String task = taskType(type);
        if (task != null) {
            return name + " " + task;
        }
        for (CtAnnotation<?> annotation : type.getAnnotations()) {
            String annotationName = annotationName(annotation);
            if (ANNOTATIONS.contains(annotationName)) {
                return name + " is annotated @" + annotationName;
            }
        }
        String sync = synchronization(type, staticFieldsCount);
        if (sync != null) {
            return name + " " + sync;
        }
        if (type instanceof CtEnum<?>) {
            return name + " is an enum, so each constant is one instance shared by the whole JVM";
        }
        return singleton(type);
    }

    private static String startsThreads(CtType<?> type) {
        for (CtElement e : type.getElements(new TypeFilter<>(CtElement.class))) {
            if (e instanceof CtConstructorCall<?> creation && creation.getType() != null
                    && "Thread".equals(creation.getType().getSimpleName())) {
                return "it starts a thread (new Thread at line " + LockScope.line(e) + ")";
            }
            if (e instanceof CtInvocation<?> call) {
                String method = call.getExecutable().getSimpleName();
                String target = targetType(call.getTarget());
                if (SUBMITS.contains(method) && (target.contains("Executor") || target.contains("Pool")
                        || target.contains("Scheduler"))) {
                    return "it hands tasks to an executor (" + MapCalls.text(call.getTarget()) + "." + method
                            + " at line " + LockScope.line(e) + ")";
                }
                if (ASYNC.contains(method) && target.equals("CompletableFuture")) {
                    return "it runs asynchronous tasks (CompletableFuture." + method + " at line " + LockScope.line(e) + ")";
                }
                if ("parallelStream".equals(method) || "parallel".equals(method) && call.getArguments().isEmpty()) {
                    return "it uses a parallel stream (line " + LockScope.line(e) + ")";
                }
                if ("start".equals(method) && target.equals("Thread")) {
                    return "it starts a thread (" + MapCalls.text(call.getTarget()) + ".start() at line " + LockScope.line(e) + ")";
                }
            }
        }
        return null;
    }

    private static String targetType(CtExpression<?> target) {
        if (target == null || target.getType() == null) {
            return "";
        }
        return target.getType().getSimpleName();
    }

    private static String taskType(CtType<?> type) {
        CtTypeReference<?> superclass = type instanceof CtClass<?> c ? c.getSuperclass() : null;
        if (superclass != null && TASK_TYPES.contains(superclass.getSimpleName())) {
            return "extends " + superclass.getSimpleName() + ", so it runs on a thread of its own";
        }
        if (superclass != null && SERVLETS.contains(superclass.getSimpleName())) {
            return "extends " + superclass.getSimpleName() + ": one servlet instance serves concurrent requests";
        }
        for (CtTypeReference<?> implemented : type.getSuperInterfaces()) {
            String name = implemented.getSimpleName();
            if (TASK_TYPES.contains(name)) {
                return "implements " + name + ", so it is meant to run on another thread";
            }
            if (name.endsWith("Handler") || name.endsWith("Listener")) {
                return "implements " + name + ": handlers and listeners are called from the threads that deliver events";
            }
        }
        return null;
    }

    private static String synchronization(CtType<?> type, boolean staticFieldsCount) {
        for (CtMethod<?> method : type.getMethods()) {
            if (method.hasModifier(ModifierKind.SYNCHRONIZED)) {
                return "has synchronized methods (" + method.getSimpleName() + "() at line " + LockScope.line(method) + ")";
            }
        }
        for (CtSynchronized block : type.getElements(new TypeFilter<>(CtSynchronized.class))) {
            return "uses synchronized blocks (line " + LockScope.line(block) + ")";
        }
        for (CtField<?> field : type.getFields()) {
            String fieldType = field.getType() == null ? "" : field.getType().getSimpleName();
            if (LOCK_TYPES.contains(fieldType)) {
                return "has a " + fieldType + " field '" + field.getSimpleName() + "'";
            }
            boolean counts = staticFieldsCount || !field.isStatic();
            if (counts && field.hasModifier(ModifierKind.VOLATILE)) {
                return "has a volatile field '" + field.getSimpleName() + "'";
            }
            if (counts && (fieldType.startsWith("Atomic") || fieldType.equals("LongAdder"))) {
                return "has an atomic field '" + field.getSimpleName() + "' (" + fieldType + ")";
            }
            for (CtAnnotation<?> annotation : field.getAnnotations()) {
                if ("GuardedBy".equals(annotationName(annotation))) {
                    return "declares @GuardedBy on field '" + field.getSimpleName() + "'";
                }
            }
        }
        return null;
    }

    private static String singleton(CtType<?> type) {
        for (CtField<?> field : type.getFields()) {
            if (field.isStatic() && field.getType() != null && type.getSimpleName().equals(field.getType().getSimpleName())) {
                return type.getSimpleName() + " is a singleton (static field '" + field.getSimpleName() + "')";
            }
        }
        // the holder idiom keeps the one instance in a nested class: class Holder { static final T INSTANCE = new T(); }
        for (CtType<?> nested : type.getNestedTypes()) {
            for (CtField<?> field : nested.getFields()) {
                if (field.isStatic() && field.getType() != null && type.getSimpleName().equals(field.getType().getSimpleName())) {
                    return type.getSimpleName() + " is a singleton (static field '" + nested.getSimpleName() + "."
                            + field.getSimpleName() + "')";
                }
            }
        }
        for (CtMethod<?> method : type.getMethods()) {
            if (method.isStatic() && method.getSimpleName().equals("getInstance") && method.getType() != null
                    && type.getSimpleName().equals(method.getType().getSimpleName())) {
                return type.getSimpleName() + " is a singleton (static getInstance())";
            }
        }
        return null;
    }

    private static String annotationName(CtAnnotation<?> annotation) {
        return annotation.getAnnotationType() == null ? "" : annotation.getAnnotationType().getSimpleName();
    }
}
