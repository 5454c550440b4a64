package io.github.maprace.agent.runtime;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a method reference to a map method ({@code cache::get}, {@code Map::put}) becomes: the
 * rewriter points the lambda at one of these instead, with the reference's site captured as the
 * first argument, so the call that the JDK-generated lambda class makes is hooked like a call
 * written in the project. Named and typed like the map method, receiver after the site.
 */
public final class MapReferences {
    private MapReferences() {
    }

    public static Object get(int site, Map<Object, Object> m, Object key) {
        MapHooks.keyed(m, key, site);
        try {
            return m.get(key);
        } finally {
            MapHooks.after(m);
        }
    }

    public static Object getOrDefault(int site, Map<Object, Object> m, Object key, Object fallback) {
        MapHooks.keyed(m, key, site);
        try {
            return m.getOrDefault(key, fallback);
        } finally {
            MapHooks.after(m);
        }
    }

    public static boolean containsKey(int site, Map<Object, Object> m, Object key) {
        MapHooks.keyed(m, key, site);
        try {
            return m.containsKey(key);
        } finally {
            MapHooks.after(m);
        }
    }

    public static boolean containsValue(int site, Map<Object, Object> m, Object value) {
        MapHooks.access(m, site);
        try {
            return m.containsValue(value);
        } finally {
            MapHooks.after(m);
        }
    }

    public static Object put(int site, Map<Object, Object> m, Object key, Object value) {
        MapHooks.keyed(m, key, site);
        try {
            return m.put(key, value);
        } finally {
            MapHooks.after(m);
        }
    }

    public static Object putIfAbsent(int site, Map<Object, Object> m, Object key, Object value) {
        MapHooks.keyed(m, key, site);
        try {
            return m.putIfAbsent(key, value);
        } finally {
            MapHooks.after(m);
        }
    }

    public static Object remove(int site, Map<Object, Object> m, Object key) {
        MapHooks.keyed(m, key, site);
        try {
            return m.remove(key);
        } finally {
            MapHooks.after(m);
        }
    }

    public static Object replace(int site, Map<Object, Object> m, Object key, Object value) {
        MapHooks.keyed(m, key, site);
        try {
            return m.replace(key, value);
        } finally {
            MapHooks.after(m);
        }
    }

    public static Object computeIfAbsent(int site, Map<Object, Object> m, Object key,
                                         Function<Object, Object> fn) {
        MapHooks.keyed(m, key, site);
        try {
            return m.computeIfAbsent(key, fn);
        } finally {
            MapHooks.after(m);
        }
    }

    public static Object computeIfPresent(int site, Map<Object, Object> m, Object key,
                                          BiFunction<Object, Object, Object> fn) {
        MapHooks.keyed(m, key, site);
        try {
            return m.computeIfPresent(key, fn);
        } finally {
            MapHooks.after(m);
        }
    }

    public static Object compute(int site, Map<Object, Object> m, Object key, BiFunction<Object, Object, Object> fn) {
        MapHooks.keyed(m, key, site);
        try {
            return m.compute(key, fn);
        } finally {
            MapHooks.after(m);
        }
    }

    public static Object merge(int site, Map<Object, Object> m, Object key, Object value,
                               BiFunction<Object, Object, Object> fn) {
        MapHooks.keyed(m, key, site);
        try {
            return m.merge(key, value, fn);
        } finally {
            MapHooks.after(m);
        }
    }

    public static void putAll(int site, Map<Object, Object> m, Map<Object, Object> other) {
        MapHooks.access(m, site);
        try {
            m.putAll(other);
        } finally {
            MapHooks.after(m);
        }
    }

    public static void forEach(int site, Map<Object, Object> m, BiConsumer<Object, Object> action) {
        MapHooks.access(m, site);
        try {
            m.forEach(action);
        } finally {
            MapHooks.after(m);
        }
    }

    public static void clear(int site, Map<Object, Object> m) {
        MapHooks.access(m, site);
        try {
            m.clear();
        } finally {
            MapHooks.after(m);
        }
    }

    public static int size(int site, Map<Object, Object> m) {
        MapHooks.access(m, site);
        try {
            return m.size();
        } finally {
            MapHooks.after(m);
        }
    }

    public static boolean isEmpty(int site, Map<Object, Object> m) {
        MapHooks.access(m, site);
        try {
            return m.isEmpty();
        } finally {
            MapHooks.after(m);
        }
    }
}
