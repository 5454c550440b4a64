package com.acme.idioms;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Netty's InternalThreadLocalMap: one instance per thread, lazily created caches; the static
 * AtomicInteger numbers slots across threads and says nothing about sharing an instance.
 */
public final class GoodPerThreadInstanceWithStaticCounter {
    private static final ThreadLocal<GoodPerThreadInstanceWithStaticCounter> SLOW = new ThreadLocal<>();
    private static final AtomicInteger nextIndex = new AtomicInteger();
    private Map<Class<?>, Boolean> handlerSharableCache;

    public static int nextVariableIndex() {
        return nextIndex.getAndIncrement();
    }

    public Map<Class<?>, Boolean> handlerSharableCache() {
        Map<Class<?>, Boolean> cache = handlerSharableCache;
        if (cache == null) {
            handlerSharableCache = cache = new IdentityHashMap<>(4);
        }
        return cache;
    }
}
