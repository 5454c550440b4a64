package com.acme.registry;

import java.util.concurrent.ConcurrentHashMap;

/** A method call between the check and the act widens the window; it does not close it. (Reported at the check, as for every input here.) */
public class BadWorkBetweenCheckAndAct {
    private final ConcurrentHashMap<String, Object> handlers = new ConcurrentHashMap<>();

    public void register(String name) {
        if (!handlers.containsKey(name)) { // related: CHECK_THEN_ACT
            Object handler = compute(name);
            handlers.put(name, handler); // expect: CHECK_THEN_ACT
        }
    }

    public Object handler(String name) {
        Object handler = handlers.get(name); // related: CHECK_THEN_ACT
        if (handler == null) {
            handler = create();
            handlers.put(name, handler); // expect: CHECK_THEN_ACT
        }
        return handler;
    }

    private Object compute(String name) {
        return name.trim();
    }

    private Object create() {
        return new Object();
    }
}
