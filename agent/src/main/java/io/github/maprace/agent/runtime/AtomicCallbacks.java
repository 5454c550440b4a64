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

    /** The edge for a function run inside a call on {@code map} for {@code key}, or null for a plain map. */
    private static Edge mapEdge(Object map, Object key) {
        if (map == null || MapKinds.of(map.getClass()) != MapKinds.SYNC) {
            return null;
        }
        if (MapKinds.isConcurrent(map.getClass())) {
            return new Edge(KeyClocks.of(ThreadState.current(), map), KeyClocks.stripeOf(key), null);
        }
        return new Edge(null, 0, map);
    }

    /** The remapping function of {@code map.compute(key, fn)}/{@code computeIfPresent}/{@code merge}. */
    public static BiFunction mapBiFunction(BiFunction fn, Object map, Object key) {
        try {
            Edge e = fn == null ? null : mapEdge(map, key);
            if (e == null) {
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
        } catch (Throwable t) {
            AgentErrors.record(t);
            return fn;
        }
    }

    /** The mapping function of {@code map.computeIfAbsent(key, fn)}. */
    public static Function mapFunction(Function fn, Object map, Object key) {
        try {
            Edge e = fn == null ? null : mapEdge(map, key);
            if (e == null) {
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
