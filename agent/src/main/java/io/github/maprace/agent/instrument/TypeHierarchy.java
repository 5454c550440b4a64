package io.github.maprace.agent.instrument;

import net.bytebuddy.pool.TypePool;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "is this call's owner a Map / a Thread?" for owners that are not JDK types (user
 * subclasses), from class files through Byte Buddy's type pool and without loading classes.
 * Answers are cached per owner; an owner that cannot be resolved counts as neither.
 */
final class TypeHierarchy {
    private final Map<String, Boolean> maps = new ConcurrentHashMap<>();
    private final Map<String, Boolean> threads = new ConcurrentHashMap<>();

    boolean isMap(String internalName, TypePool pool) {
        if (MapOperations.MAP_TYPES.contains(internalName)) {
            return true;
        }
        if (internalName.startsWith("java/") || internalName.startsWith("[")) {
            return false;
        }
        return maps.computeIfAbsent(internalName, n -> assignable(n, java.util.Map.class, pool));
    }

    /** True for a user subclass of one of the tracked JDK map classes. */
    boolean isTrackedMapClass(String internalName, TypePool pool) {
        if (MapOperations.TRACKED_CLASSES.contains(internalName)) {
            return true;
        }
        if (internalName.startsWith("java/") || internalName.startsWith("[")) {
            return false;
        }
        return isMap(internalName, pool);
    }

    boolean isThread(String internalName, TypePool pool) {
        if (internalName.equals("java/lang/Thread")) {
            return true;
        }
        if (internalName.startsWith("java/") || internalName.startsWith("[")) {
            return false;
        }
        return threads.computeIfAbsent(internalName, n -> assignable(n, Thread.class, pool));
    }

    private final Map<String, Boolean> families = new ConcurrentHashMap<>();

    /** True when the class or interface {@code internalName} is {@code family} or a subtype of it. */
    boolean isA(String internalName, String family, TypePool pool) {
        if (internalName.equals(family)) {
            return true;
        }
        if (internalName.startsWith("[")) {
            return false;
        }
        return families.computeIfAbsent(internalName + '|' + family, k -> {
            try {
                TypePool.Resolution owner = pool.describe(internalName.replace('/', '.'));
                TypePool.Resolution target = pool.describe(family.replace('/', '.'));
                return owner.isResolved() && target.isResolved() && owner.resolve().isAssignableTo(target.resolve());
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        });
    }

    private static boolean assignable(String internalName, Class<?> type, TypePool pool) {
        try {
            TypePool.Resolution r = pool.describe(internalName.replace('/', '.'));
            return r.isResolved() && r.resolve().isAssignableTo(type);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
