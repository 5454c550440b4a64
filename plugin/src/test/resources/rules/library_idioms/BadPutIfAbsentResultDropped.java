package com.acme.idioms;

import java.util.concurrent.ConcurrentHashMap;

/** The same shape with the putIfAbsent result dropped: the caller may keep a value that lost the race. */
public class BadPutIfAbsentResultDropped {
    private final ConcurrentHashMap<String, Object> constants = new ConcurrentHashMap<>();

    public Object getOrCreate(String name) {
        Object constant = constants.get(name); // related: CHECK_THEN_ACT
        if (constant == null) {
            constant = new Object();
            constants.putIfAbsent(name, constant); // expect: CHECK_THEN_ACT
        }
        return constant;
    }
}
