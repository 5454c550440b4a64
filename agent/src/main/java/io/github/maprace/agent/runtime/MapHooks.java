package io.github.maprace.agent.runtime;

import java.util.Map;
import java.util.NavigableMap;
import java.util.function.BiFunction;

/**
 * Entry points that instrumented map call sites invoke. For a non-thread-safe map each call is
 * one access to the map (views count as the map); for a concurrent or synchronized map a write
 * releases and every call acquires (after it returns), and check-then-act sequences are watched.
 * Never throws into the caller.
 */
public final class MapHooks {
    private MapHooks() {
    }

    /** An access at {@code site} with no key argument; called before the map call. */
    public static void access(Object map, int site) {
        keyed(map, null, site);
    }

    /** An access at {@code site} whose first argument is {@code key}; called before the map call. */
    public static void keyed(Object map, Object key, int site) {
        try {
            // the hot path, kept small so the JIT inlines it into every call site: the thread's last
            // map again, in the same epoch
            ThreadState ts = ThreadState.current();
            WeakIdentityTable.Entry<MapShadow> last = ts.lastShadow;
            if (last != null && last.refersTo(map) && map != null && Engine.quiet(ts, last.value, site)) {
                return;
            }
            slow(ts, last, map, key, site);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    private static void slow(ThreadState ts, WeakIdentityTable.Entry<MapShadow> last, Object map, Object key,
                             int site) {
        if (map == null) {
            return;
        }
        if (last != null && last.refersTo(map)) {
            tracked(ts, map, last.value, site); // only tracked maps have shadows: the kind is known
            return;
        }
        int kind = MapKinds.of(map.getClass());
        if (kind == MapKinds.TRACKED) {
            tracked(ts, map, null, site);
        } else if (kind == MapKinds.OTHER) {
            viewAccess(ts, map, site);
        } else if (kind == MapKinds.SYNC) {
            if (MapKinds.isSynchronizedWrapper(map.getClass())) {
                wrappedAccess(ts, map, site);
            }
            AtomicityTracker.access(ts, map, key, site);
            if (MapKinds.isConcurrent(map.getClass())) {
                KeyClocks clocks = KeyClocks.of(ts, map);
                int stripe = KeyClocks.stripeOf(key);
                if (Sites.isWrite(site)) {
                    clocks.release(ts, stripe);
                }
                if (clocks.allocationSite >= 0) {
                    MapCoverage.concurrent(ts, clocks, site);
                }
                ts.pendingClocks = clocks;
                ts.pendingStripe = stripe;
                ts.pendingKeyless = key == null;
            } else if (Sites.isWrite(site)) {
                SyncClocks.release(ts, map);
            }
        }
    }

    private static void tracked(ThreadState ts, Object map, MapShadow known, int site) {
        MapShadow shadow = known != null ? known : Shadows.of(ts, map);
        if (Sites.relinksAccessOrder(site) && shadow.accessOrdered) {
            site = Sites.asWrite(site); // get on an access-ordered LinkedHashMap moves the entry: reported as a write
        }
        boolean write = Sites.isWrite(site);
        if (!write && ts.optimisticReads > 0) {
            OptimisticReads.defer(ts, shadow, site);
            return;
        }
        if (ts.ignoreDepth > 0) {
            Engine.check(ts, shadow, site); // judged, never recorded: the JVM orders it before every use of the class
            return;
        }
        if (!Engine.quiet(ts, shadow, site)) {
            // only an access that changes the shadow can become the previous access of a report
            History.recordFirstRun(ts, site);
            if (write) {
                Engine.write(ts, shadow, site);
            } else {
                Engine.read(ts, shadow, site);
            }
        }
    }

    /**
     * A map call on a map view made by the JDK ({@code Collections.unmodifiableMap}, a
     * {@code headMap}, ...): an access to the map behind it, when the view was seen being made.
     */
    private static void viewAccess(ThreadState ts, Object view, int site) {
        if (!Views.maybeView(view)) {
            return;
        }
        Object inner = Views.mapOf(ts, view);
        if (inner != null && MapKinds.isTracked(inner.getClass())) {
            tracked(ts, inner, null, site);
        }
    }

    /**
     * A call on {@code Collections.synchronizedMap(inner)} whose inner map was seen: the call holds
     * the wrapper's mutex while it accesses the inner map, so the access sits between an acquire
     * and a release of the wrapper's clock (the raw map used elsewhere without it still races).
     */
    private static void wrappedAccess(ThreadState ts, Object wrapper, int site) {
        Object inner = Views.mapOf(ts, wrapper);
        if (inner != null && MapKinds.isTracked(inner.getClass())) {
            // the hook runs before the call, outside the wrapper's mutex: it takes the mutex itself
            // (the wrapper, for Collections.synchronizedMap(m)), so the recorded accesses are ordered
            // by real sections of that lock; no user code runs while it is held
            synchronized (wrapper) {
                SyncClocks.acquire(ts, wrapper);
                tracked(ts, inner, null, site);
                SyncClocks.release(ts, wrapper);
            }
        }
    }

    /**
     * A map passed to JDK code that reads it ({@code new HashMap<>(m)}, {@code putAll(m)},
     * {@code Map.copyOf(m)}, {@code String.valueOf(m)}, string concatenation, ...): a read of the
     * map (or of the map behind a view) at the project line that passes it.
     */
    public static void argument(Object map, int site) {
        if (map == null) {
            return;
        }
        try {
            int kind = MapKinds.of(map.getClass());
            ThreadState ts = ThreadState.current();
            if (kind == MapKinds.TRACKED) {
                tracked(ts, map, null, site);
            } else if (kind == MapKinds.OTHER) {
                viewAccess(ts, map, site);
            } else if (MapKinds.isSynchronizedWrapper(map.getClass())) {
                wrappedAccess(ts, map, site);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** {@code Collections.unmodifiableMap(map)} and the other JDK wrappers returned {@code wrapper}. */
    public static void wrapper(Object wrapper, Object map) {
        if (wrapper == null || map == null) {
            return;
        }
        try {
            ThreadState ts = ThreadState.current();
            Object inner = MapKinds.isTracked(map.getClass()) ? map : Views.mapOf(ts, map);
            if (inner != null && MapKinds.isTracked(inner.getClass())) {
                Views.register(ts, wrapper, inner);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /**
     * {@code entry.setValue(v)} on an entry of a JDK map: a write of the map the thread iterates
     * (the entry's map is not looked up: entries are made by the thousand).
     */
    public static void entryWrite(Object entry, int site) {
        try {
            if (entry == null || !Views.isMapEntry(entry)) {
                return;
            }
            ThreadState ts = ThreadState.current();
            Object map = ts.views.lastIterated();
            if (map != null && MapKinds.isTracked(map.getClass())) {
                tracked(ts, map, null, site);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** After a call on a map that may be concurrent or synchronized returned. */
    public static void after(Object map) {
        if (map == null) {
            return;
        }
        try {
            if (MapKinds.of(map.getClass()) == MapKinds.SYNC) {
                acquire(ThreadState.current(), map);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    // the acquire after a call on a concurrent or synchronized map
    private static void acquire(ThreadState ts, Object map) {
        if (!MapKinds.isConcurrent(map.getClass())) {
            SyncClocks.acquire(ts, map);
            return;
        }
        KeyClocks clocks = KeyClocks.of(ts, map);
        KeyClocks pending = ts.pendingClocks;
        ts.pendingClocks = null;
        if (pending == clocks) {
            clocks.acquire(ts, ts.pendingStripe, ts.pendingKeyless);
        } else {
            clocks.acquire(ts, KeyClocks.WHOLE, true); // no hook before it (a view's call): sees every write
        }
    }

    /** {@code map.keySet()} (or another view) returned {@code view}; also the after-hook of the call. */
    public static void view(Object view, Object map) {
        if (map == null) {
            return;
        }
        try {
            int kind = MapKinds.of(map.getClass());
            ThreadState ts = ThreadState.current();
            if (kind == MapKinds.SYNC) {
                acquire(ts, map);
            }
            if (view != null && (kind == MapKinds.TRACKED || MapKinds.isSynchronizedWrapper(map.getClass()))) {
                Views.register(ts, view, map);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** {@code view.iterator()} (or spliterator) returned {@code iterator}: it belongs to the same map. */
    public static void iteratorOf(Object iterator, Object view) {
        CollectionHooks.collectionAcquire(view); // iterating a concurrent set or list reads it
        try {
            if (iterator != null && Views.maybeView(view)) {
                Views.registerIterator(ThreadState.current(), iterator, view);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** {@code stream.filter(..)} (any intermediate operation) returned {@code result}: bound like its receiver. */
    public static void streamOf(Object result, Object stream) {
        try {
            ThreadState ts = ThreadState.current();
            if (ts.views.hasStreams() && result != null) {
                Views.registerIterator(ts, result, stream);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** Before a stream's terminal operation: a read of the map the stream was made from, if any. */
    public static void streamRun(Object stream, int site) {
        try {
            ThreadState ts = ThreadState.current();
            if (!ts.views.hasStreams()) {
                return;
            }
            Object map = Views.mapOf(ts, stream);
            if (map != null && MapKinds.isTracked(map.getClass())) {
                tracked(ts, map, null, site);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /**
     * A call on a collection or iterator that may be a map view: an access to the map behind it,
     * and for a synchronized map's view, a traversal that must hold the map's lock.
     */
    public static void viewOp(Object view, int site) {
        if (Sites.isWrite(site)) {
            CollectionHooks.collectionRelease(view); // a write to a concurrent set or list publishes
        }
        try {
            if (!Views.maybeView(view)) {
                return;
            }
            ThreadState ts = ThreadState.current();
            Object map = Views.mapOf(ts, view);
            if (map == null) {
                return;
            }
            int kind = MapKinds.of(map.getClass());
            if (kind == MapKinds.TRACKED) {
                ts.views.iterating(map);
                tracked(ts, map, null, site);
            } else if (Sites.categoryOf(site) == Sites.ITERATION && !Thread.holdsLock(map)) {
                RaceLog.syncMapIteration(map, site, ts);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** After a read call on a collection that may be a map view: a concurrent set or list acquires. */
    public static void viewRead(Object view) {
        CollectionHooks.collectionAcquire(view);
    }

    /** A map was constructed at {@code site}: remember where, for the report. */
    public static void allocated(Object map, int site) {
        if (map == null) {
            return;
        }
        try {
            if (MapKinds.isTracked(map.getClass())) {
                Shadows.allocated(ThreadState.current(), map, site);
            } else if (MapKinds.isConcurrent(map.getClass())) {
                KeyClocks.allocated(ThreadState.current(), map, site);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    // Bridges for the few map methods with three or more arguments, which the call-site rewriter
    // cannot reach the receiver of with stack shuffles alone.

    /** {@code map.merge(key, value, fn)}. */
    public static <K, V> V merge(Map<K, V> map, K key, V value, BiFunction<? super V, ? super V, ? extends V> fn,
                                 int site) {
        keyed(map, key, site);
        try {
            @SuppressWarnings("unchecked")
            BiFunction<? super V, ? super V, ? extends V> inside = AtomicCallbacks.mapBiFunction(fn, map, key);
            return map.merge(key, value, inside);
        } finally {
            after(map);
        }
    }

    /** {@code map.replace(key, oldValue, newValue)}. */
    public static <K, V> boolean replace(Map<K, V> map, K key, V oldValue, V newValue, int site) {
        keyed(map, key, site);
        try {
            return map.replace(key, oldValue, newValue);
        } finally {
            after(map);
        }
    }

    /** {@code map.subMap(from, fromInclusive, to, toInclusive)}. */
    public static <K, V> NavigableMap<K, V> subMap(NavigableMap<K, V> map, K from, boolean fromInclusive, K to,
                                                  boolean toInclusive, int site) {
        access(map, site);
        try {
            return map.subMap(from, fromInclusive, to, toInclusive);
        } finally {
            after(map);
        }
    }
}
