package io.github.maprace.agent.runtime;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;

/**
 * Whether a {@code LinkedHashMap} is access-ordered ({@code new LinkedHashMap<>(16, 0.75f, true)},
 * the usual LRU cache): then {@code get} moves the entry to the end, a write. The flag is private
 * to the JDK class; the agent opens {@code java.util} to the runtime for this one read
 * ({@link #enable()}). Without that, every map counts as insertion-ordered, as before.
 */
public final class AccessOrder {
    private static volatile Field field;

    private AccessOrder() {
    }

    /** Called by the installer once {@code java.util} is open to the runtime; false when it is not. */
    public static boolean enable() {
        try {
            Field f = LinkedHashMap.class.getDeclaredField("accessOrder");
            f.setAccessible(true);
            field = f;
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            AgentErrors.record(e);
            return false;
        }
    }

    /** True for an access-ordered {@code LinkedHashMap} (or subclass). */
    static boolean of(Object map) {
        Field f = field;
        if (f == null || !(map instanceof LinkedHashMap)) {
            return false;
        }
        try {
            return f.getBoolean(map);
        } catch (IllegalAccessException | RuntimeException e) {
            AgentErrors.record(e);
            return false;
        }
    }
}
