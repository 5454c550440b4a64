package io.github.maprace.agent.runtime;

import java.util.concurrent.BlockingQueue;

/**
 * Entry points for collections that synchronize: concurrent queues (an offer releases, a take
 * acquires) and concurrent or synchronized sets and lists (writes release, reads acquire after
 * they return), decided by the runtime class. None of them throws into the caller.
 */
public final class CollectionHooks {
    private CollectionHooks() {
    }

    private static final ClassValue<Boolean> CONCURRENT_QUEUE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return BlockingQueue.class.isAssignableFrom(type)
                    || java.util.concurrent.ConcurrentLinkedQueue.class.isAssignableFrom(type)
                    || java.util.concurrent.ConcurrentLinkedDeque.class.isAssignableFrom(type);
        }
    };

    /** Every {@code Collections.synchronizedCollection/Set/List/...} wrapper extends this JDK class. */
    private static final Class<?> SYNCHRONIZED_COLLECTION = jdkClass("java.util.Collections$SynchronizedCollection");

    private static Class<?> jdkClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return Void.class; // matches nothing
        }
    }

    /** True for a set or list whose calls synchronize (concurrent or synchronized). */
    static boolean isConcurrentCollection(Object c) {
        // constant-class subtype checks, which the JIT makes a few loads each: no ClassValue lookup on
        // every List and Set call of the project
        return c instanceof java.util.concurrent.CopyOnWriteArrayList
                || c instanceof java.util.concurrent.CopyOnWriteArraySet
                || c instanceof java.util.concurrent.ConcurrentSkipListSet
                || c instanceof java.util.concurrent.ConcurrentHashMap.KeySetView
                || c instanceof java.util.Vector // and Stack: every method synchronized, a legacy hand-off
                || SYNCHRONIZED_COLLECTION.isInstance(c);
    }

    /**
     * Before a write to a collection: a concurrent or synchronized set or list publishes what the
     * writer did before (a {@code ConcurrentHashMap.newKeySet()} of finished jobs, a
     * {@code CopyOnWriteArrayList} of listeners); any other collection is left alone.
     */
    public static void collectionRelease(Object collection) {
        try {
            if (collection != null && isConcurrentCollection(collection)) {
                SyncClocks.release(ThreadState.current(), collection);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** After a read of a collection: the reader of a concurrent or synchronized set or list sees its writers. */
    public static void collectionAcquire(Object collection) {
        try {
            if (collection != null && isConcurrentCollection(collection)) {
                SyncClocks.acquire(ThreadState.current(), collection);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** Before an offer to a queue: only concurrent queues order producer and consumer. */
    public static void queueRelease(Object queue) {
        if (queue != null && CONCURRENT_QUEUE.get(queue.getClass())) {
            SyncHooks.release(queue);
        }
    }

    /** After a take from a queue. */
    public static void queueAcquire(Object queue) {
        if (queue != null && CONCURRENT_QUEUE.get(queue.getClass())) {
            SyncHooks.acquire(queue);
        }
    }
}
