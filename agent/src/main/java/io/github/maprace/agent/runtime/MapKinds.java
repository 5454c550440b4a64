package io.github.maprace.agent.runtime;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * Which runtime map classes the detector tracks: the JDK's non-thread-safe maps and their
 * subclasses (user subclasses included). Concurrent, synchronized and immutable maps are not
 * tracked as racy locations. Cached per class, so the check costs a {@link ClassValue} lookup.
 */
final class MapKinds {
    private static final ClassValue<Boolean> TRACKED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return HashMap.class.isAssignableFrom(type)
                    || TreeMap.class.isAssignableFrom(type)
                    || WeakHashMap.class.isAssignableFrom(type)
                    || IdentityHashMap.class.isAssignableFrom(type)
                    || EnumMap.class.isAssignableFrom(type);
        }
    };

    private MapKinds() {
    }

    static boolean isTracked(Class<?> type) {
        return TRACKED.get(type);
    }
}
