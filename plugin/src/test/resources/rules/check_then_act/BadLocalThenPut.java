package com.acme.registry;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

public class BadLocalThenPut {
    private final Map<Class<?>, Object> handlers;

    public BadLocalThenPut() {
        handlers = Collections.synchronizedMap(new HashMap<>());
    }

    public Object handlerFor(Class<?> type) {
        Object handler = handlers.get(type); // related: CHECK_THEN_ACT
        if (handler == null) {
            handler = create(type);
            handlers.put(type, handler); // expect: CHECK_THEN_ACT
        }
        return handler;
    }

    public Object earlyReturn(Class<?> type) {
        Object handler = handlers.get(type); // related: CHECK_THEN_ACT
        if (handler != null) {
            return handler;
        }
        handler = create(type);
        handlers.put(type, handler); // expect: CHECK_THEN_ACT
        return handler;
    }

    private Object create(Class<?> type) {
        return new Object();
    }
}
