package io.github.maprace.agent.runtime;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.IdentityHashMap;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How the detector treats a runtime map class: the JDK's non-thread-safe maps and their
 * subclasses (user subclasses included) are tracked for races; concurrent and synchronized maps
 * are sync objects (a write releases, every call acquires) and are watched for atomicity
 * violations; anything else (immutable maps, unknown implementations) is left alone. Cached per
 * class, so the check costs a {@link ClassValue} lookup.
 */
final class MapKinds {
    static final int OTHER = 0;
    static final int TRACKED = 1;
    static final int SYNC = 2;

    private static final ClassValue<Integer> KIND = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            if (ConcurrentMap.class.isAssignableFrom(type) || Hashtable.class.isAssignableFrom(type)
                    || type.getName().startsWith("java.util.Collections$Synchronized")) {
                return SYNC;
            }
            if (HashMap.class.isAssignableFrom(type) || TreeMap.class.isAssignableFrom(type)
                    || WeakHashMap.class.isAssignableFrom(type) || IdentityHashMap.class.isAssignableFrom(type)
                    || EnumMap.class.isAssignableFrom(type)) {
                return TRACKED;
            }
            return OTHER;
        }
    };

    private MapKinds() {
    }

    static int of(Class<?> type) {
        // the common classes first: a ClassValue read can miss its cache when several are in use
        if (type == HashMap.class || type == java.util.LinkedHashMap.class || type == TreeMap.class) {
            return TRACKED;
        }
        if (type == java.util.concurrent.ConcurrentHashMap.class) {
            return SYNC;
        }
        return KIND.get(type);
    }

    private static final ClassValue<Boolean> CONCURRENT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return ConcurrentMap.class.isAssignableFrom(type);
        }
    };

    /** A ConcurrentMap: per-key happens-before ({@link KeyClocks}) instead of one clock. */
    static boolean isConcurrent(Class<?> type) {
        return type == java.util.concurrent.ConcurrentHashMap.class || CONCURRENT.get(type);
    }

    private static final ClassValue<Boolean> SYNCHRONIZED_WRAPPER = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.getName().startsWith("java.util.Collections$Synchronized");
        }
    };

    static boolean isSynchronizedWrapper(Class<?> type) {
        // asked on every call on a concurrent map: the common class answers without a lookup
        return type != java.util.concurrent.ConcurrentHashMap.class && SYNCHRONIZED_WRAPPER.get(type);
    }

    static boolean isTracked(Class<?> type) {
        return KIND.get(type) == TRACKED;
    }
}
