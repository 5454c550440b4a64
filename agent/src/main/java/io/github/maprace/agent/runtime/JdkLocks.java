package io.github.maprace.agent.runtime;

import java.lang.reflect.Field;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Which {@code ReentrantReadWriteLock} a read or write half belongs to, read from the half itself
 * (both halves share the lock's private {@code sync}, which the agent reads once
 * {@code java.util.concurrent.locks} is opened to it): a half handed out by code the agent does
 * not rewrite is still known, and a half is never mistaken for a plain lock.
 */
final class JdkLocks {
    private JdkLocks() {
    }

    private static final class Fields {
        static final Field READ_SYNC = syncField(ReentrantReadWriteLock.ReadLock.class);
        static final Field WRITE_SYNC = syncField(ReentrantReadWriteLock.WriteLock.class);

        private static Field syncField(Class<?> half) {
            try {
                Field f = half.getDeclaredField("sync");
                f.setAccessible(true);
                return f;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null; // not opened, or another JDK: halves are known only through readLock()/writeLock()
            }
        }
    }

    /**
     * The object that identifies {@code half}'s read-write lock: the shared {@code sync} of a
     * {@code ReentrantReadWriteLock} half, else {@code fallback} (the lock whose readLock() or
     * writeLock() returned it, or null when unknown).
     */
    static Object parentOf(Object half, Object fallback) {
        Field f = half instanceof ReentrantReadWriteLock.ReadLock ? Fields.READ_SYNC
                : half instanceof ReentrantReadWriteLock.WriteLock ? Fields.WRITE_SYNC : null;
        if (f != null) {
            try {
                return f.get(half);
            } catch (IllegalAccessException | RuntimeException e) {
                return fallback;
            }
        }
        return fallback;
    }

    /** True when the halves' {@code sync} field can be read (java.util.concurrent.locks is open to the agent). */
    static boolean readable() {
        return Fields.READ_SYNC != null && Fields.WRITE_SYNC != null;
    }

    static boolean isWriteHalf(Object half) {
        return half instanceof ReentrantReadWriteLock.WriteLock;
    }
}
