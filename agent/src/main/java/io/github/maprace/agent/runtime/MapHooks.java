package io.github.maprace.agent.runtime;

import java.util.Map;
import java.util.NavigableMap;
import java.util.function.BiFunction;

/**
 * Entry points that instrumented map call sites invoke. Each records one access to the map
 * behind the call (views count as the map) and never throws into the caller.
 */
public final class MapHooks {
    private MapHooks() {
    }

    /** An access at {@code site}; the site id says whether it writes. Called before the map call. */
    public static void access(Object map, int site) {
        if (map == null) {
            return;
        }
        try {
            if (!MapKinds.isTracked(map.getClass())) {
                return;
            }
            ThreadState ts = ThreadState.current();
            MapShadow shadow = Shadows.of(ts, map);
            if (Sites.isWrite(site)) {
                Engine.write(ts, shadow, site);
            } else {
                Engine.read(ts, shadow, site);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** A map was constructed at {@code site}: remember where, for the report. */
    public static void allocated(Object map, int site) {
        if (map == null) {
            return;
        }
        try {
            if (MapKinds.isTracked(map.getClass())) {
                Shadows.allocated(map, site);
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
        access(map, site);
        return map.merge(key, value, fn);
    }

    /** {@code map.replace(key, oldValue, newValue)}. */
    public static <K, V> boolean replace(Map<K, V> map, K key, V oldValue, V newValue, int site) {
        access(map, site);
        return map.replace(key, oldValue, newValue);
    }

    /** {@code map.subMap(from, fromInclusive, to, toInclusive)}. */
    public static <K, V> NavigableMap<K, V> subMap(NavigableMap<K, V> map, K from, boolean fromInclusive, K to,
                                                  boolean toInclusive, int site) {
        access(map, site);
        return map.subMap(from, fromInclusive, to, toInclusive);
    }
}
