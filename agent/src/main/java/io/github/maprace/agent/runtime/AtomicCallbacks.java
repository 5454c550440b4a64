package io.github.maprace.agent.runtime;

import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * Functions that run <em>inside</em> an atomic call: the remapping function of
 * {@code ConcurrentHashMap.compute}/{@code computeIfAbsent}/{@code computeIfPresent}/{@code merge}
 * (run under the key's bin lock), of a synchronized map's {@code compute*} (under its mutex), and
 * of {@code AtomicReference.updateAndGet} and friends (whose result is published by the
 * compare-and-set that follows). The function acquires the key's (or the atomic's) clock on entry
 * and releases into it on exit, so what one thread's function did is ordered before the next
 * function on the same key, as the JDK orders it. Hooks around the call alone cannot: the second
 * caller's function may run before the first caller's after-hook.
 *
 * <p>Other maps get their function back unchanged. Wrapping never throws into the caller.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public final class AtomicCallbacks {
    private AtomicCallbacks() {
    }

    /** One function's edges: a key stripe of a concurrent map, or a whole sync object. */
    private record Edge(KeyClocks clocks, int stripe, Object sync) {
        void enter() {
            ThreadState ts = ThreadState.current();
            if (clocks != null) {
                clocks.acquire(ts, stripe, stripe == KeyClocks.WHOLE);
            } else {
                SyncClocks.acquire(ts, sync);
            }
        }

        void exit() {
            ThreadState ts = ThreadState.current();
            if (clocks != null) {
                clocks.release(ts, stripe);
            } else {
                SyncClocks.release(ts, sync);
            }
        }
    }

    /** Function classes without instance fields (method references, non-capturing lambdas): they reference nothing. */
    private static final ClassValue<Boolean> STATELESS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                        return false;
                    }
                }
            }
            return true;
        }
    };

    /** A wrapper made for one function on one key stripe of a concurrent map: reused while the same function comes. */
    private record Wrapped(Object fn, Object wrapper) {
    }

    /**
     * The wrapper of {@code fn} for {@code map}'s stripe of {@code key}, from the stripe's cache
     * when the same function came last (a method reference or non-capturing lambda is one object:
     * {@code merge(k, 1, Integer::sum)} allocates nothing after the first call), else a new one,
     * which replaces it there. {@code null} for a map whose functions need no edges.
     */
    private static Object wrapped(Object fn, Object map, Object key, boolean bi) {
        if (fn == null || map == null || MapKinds.of(map.getClass()) != MapKinds.SYNC) {
            return null;
        }
        if (!MapKinds.isConcurrent(map.getClass())) {
            return bi ? biWrapper((BiFunction) fn, new Edge(null, 0, map)) : wrapper((Function) fn, new Edge(null, 0, map));
        }
        KeyClocks clocks = KeyClocks.of(ThreadState.current(), map);
        int stripe = KeyClocks.stripeOf(key);
        if (!STATELESS.get(fn.getClass())) {
            // a capturing function is a new object per call anyway, and kept in the map's clocks it
            // could keep the map itself alive through the weak table
            Edge e = new Edge(clocks, stripe, null);
            return bi ? biWrapper((BiFunction) fn, e) : wrapper((Function) fn, e);
        }
        Object[] cache = bi ? clocks.biFunctions : clocks.functions;
        int slot = stripe + 1; // WHOLE is -1
        // racy but safe: a Wrapped is immutable, and a lost or stale entry only costs a new wrapper
        Wrapped w = (Wrapped) cache[slot];
        if (w != null && w.fn == fn) {
            return w.wrapper;
        }
        Edge e = new Edge(clocks, stripe, null);
        Object made = bi ? biWrapper((BiFunction) fn, e) : wrapper((Function) fn, e);
        cache[slot] = new Wrapped(fn, made);
        return made;
    }

    private static BiFunction biWrapper(BiFunction fn, Edge e) {
        return (a, b) -> {
            e.enter();
            try {
                return fn.apply(a, b);
            } finally {
                e.exit();
            }
        };
    }

    private static Function wrapper(Function fn, Edge e) {
        return a -> {
            e.enter();
            try {
                return fn.apply(a);
            } finally {
                e.exit();
            }
        };
    }

    /** The remapping function of {@code map.compute(key, fn)}/{@code computeIfPresent}/{@code merge}. */
    public static BiFunction mapBiFunction(BiFunction fn, Object map, Object key) {
        try {
            Object w = wrapped(fn, map, key, true);
            return w == null ? fn : (BiFunction) w;
        } catch (Throwable t) {
            AgentErrors.record(t);
            return fn;
        }
    }

    /** The mapping function of {@code map.computeIfAbsent(key, fn)}. */
    public static Function mapFunction(Function fn, Object map, Object key) {
        try {
            Object w = wrapped(fn, map, key, false);
            return w == null ? fn : (Function) w;
        } catch (Throwable t) {
            AgentErrors.record(t);
            return fn;
        }
    }

    private static Edge atomicEdge(Object atomic) {
        return atomic == null ? null : new Edge(null, 0, atomic);
    }

    /** {@code AtomicReference.updateAndGet(fn)}/{@code getAndUpdate}, and the array forms. */
    public static UnaryOperator unary(UnaryOperator fn, Object atomic) {
        Edge e = atomicEdge(atomic);
        if (fn == null || e == null) {
            return fn;
        }
        return a -> {
            e.enter();
            try {
                return fn.apply(a);
            } finally {
                e.exit();
            }
        };
    }

    /** {@code AtomicReference.accumulateAndGet(x, fn)}/{@code getAndAccumulate}. */
    public static BinaryOperator binary(BinaryOperator fn, Object atomic) {
        Edge e = atomicEdge(atomic);
        if (fn == null || e == null) {
            return fn;
        }
        return (a, b) -> {
            e.enter();
            try {
                return fn.apply(a, b);
            } finally {
                e.exit();
            }
        };
    }

    /** {@code AtomicInteger.updateAndGet(fn)}/{@code getAndUpdate}. */
    public static IntUnaryOperator intUnary(IntUnaryOperator fn, Object atomic) {
        Edge e = atomicEdge(atomic);
        if (fn == null || e == null) {
            return fn;
        }
        return a -> {
            e.enter();
            try {
                return fn.applyAsInt(a);
            } finally {
                e.exit();
            }
        };
    }

    /** {@code AtomicInteger.accumulateAndGet(x, fn)}/{@code getAndAccumulate}. */
    public static IntBinaryOperator intBinary(IntBinaryOperator fn, Object atomic) {
        Edge e = atomicEdge(atomic);
        if (fn == null || e == null) {
            return fn;
        }
        return (a, b) -> {
            e.enter();
            try {
                return fn.applyAsInt(a, b);
            } finally {
                e.exit();
            }
        };
    }

    /** {@code AtomicLong.updateAndGet(fn)}/{@code getAndUpdate}. */
    public static LongUnaryOperator longUnary(LongUnaryOperator fn, Object atomic) {
        Edge e = atomicEdge(atomic);
        if (fn == null || e == null) {
            return fn;
        }
        return a -> {
            e.enter();
            try {
                return fn.applyAsLong(a);
            } finally {
                e.exit();
            }
        };
    }

    /** {@code AtomicLong.accumulateAndGet(x, fn)}/{@code getAndAccumulate}. */
    public static LongBinaryOperator longBinary(LongBinaryOperator fn, Object atomic) {
        Edge e = atomicEdge(atomic);
        if (fn == null || e == null) {
            return fn;
        }
        return (a, b) -> {
            e.enter();
            try {
                return fn.applyAsLong(a, b);
            } finally {
                e.exit();
            }
        };
    }
}
