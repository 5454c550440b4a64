package com.acme.registry;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** The same registry, holding the wrapper's own lock around the check and the act. */
public class GoodSynchronizedOnMap {
    private final Map<Class<?>, Object> handlers;

    public GoodSynchronizedOnMap() {
        handlers = Collections.synchronizedMap(new HashMap<>());
    }

    public Object handlerFor(Class<?> type) {
        synchronized (handlers) {
            Object handler = handlers.get(type);
            if (handler == null) {
                handler = create(type);
                handlers.put(type, handler);
            }
            return handler;
        }
    }

    public Object differentKeys(Class<?> type, Class<?> fallback) {
        Object handler = handlers.get(type);
        if (handler == null) {
            handlers.put(fallback, create(fallback));
        }
        return handler;
    }

    private Object create(Class<?> type) {
        return new Object();
    }
}
