package io.github.maprace.plugin.rules;

import java.util.List;
import spoon.reflect.code.CtLambda;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;

/**
 * One use of a map field, as {@link FieldUses} finds it.
 *
 * @param at            the element to report at: the call ({@code cache.put(k, v)}), the assignment,
 *                      or the field read itself
 * @param access        what the use does to the map
 * @param operation     what it calls, for messages: {@code put}, {@code keySet().remove}, {@code =}
 * @param construction  true when it runs during construction (see {@link Construction})
 * @param locks         the locks held around it, innermost first
 */
record FieldUse(CtElement at, Access access, String operation, boolean construction, List<HeldLock> locks) {

    /** What a use does to the map. */
    enum Access {
        /** Looks at the map: get, containsKey, iteration, passing it on. */
        READ,
        /** Changes its contents: put, remove, clear, or a removal through a view or iterator. */
        MUTATE,
        /** Replaces the map: {@code field = ...}. */
        ASSIGN,
        /** Returns the map itself to the caller: {@code return field;}. */
        RETURN
    }

    /** True for a use that changes the map or the field. */
    boolean isWrite() {
        return access == Access.MUTATE || access == Access.ASSIGN;
    }

    /** True when some lock is held around the use. */
    boolean isLocked() {
        return !locks.isEmpty();
    }

    /** The innermost lock held around the use, or {@code null}. */
    HeldLock lock() {
        return locks.isEmpty() ? null : locks.get(0);
    }

    /** The lock {@code id} if held around the use (or an assumed lock that may be it), else {@code null}. */
    HeldLock lock(String id) {
        return locks.stream().filter(lock -> lock.is(id)).findFirst().orElse(null);
    }

    /** The source line of the use. */
    int line() {
        return LockScope.line(at);
    }

    /** The method it is in, for messages: {@code put()}. */
    String where() {
        return (body() instanceof CtLambda<?> ? "a lambda in " : "") + Callers.where(at);
    }

    /**
     * The code the use runs in: its method, constructor or initializer, or a lambda that runs
     * later (a submitted task), which is code of its own.
     */
    CtElement body() {
        for (CtElement e = at; e != null; e = e.isParentInitialized() ? e.getParent() : null) {
            if (e instanceof CtLambda<?> lambda && InlineLambdas.runsInline(lambda)) {
                continue;
            }
            if (e instanceof CtExecutable<?>) {
                return e;
            }
        }
        return null;
    }

    /** {@code put() at line 12}. */
    String place() {
        return where() + " at line " + line();
    }
}
