package com.acme.idioms;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Guava Striped / Netty ConstantPool / Caffeine Interner: a lock-free get, then putIfAbsent whose winner is used. */
public class GoodGetThenPutIfAbsentFastPath {
    private final ConcurrentMap<String, Object> constants = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> pending = new ConcurrentHashMap<>();

    public Object getOrCreate(String name) {
        Object constant = constants.get(name);
        if (constant == null) {
            Object created = new Object();
            constant = constants.putIfAbsent(name, created);
            if (constant == null) {
                return created;
            }
        }
        return constant;
    }

    public Object intern(String sample) {
        Object existing = constants.get(sample);
        if (existing != null) {
            return existing;
        }
        Object value = constants.putIfAbsent(sample, sample);
        return value == null ? sample : value;
    }

    /** Caffeine's discardRefresh: the check only saves a call, a bare remove(k) behaves the same. */
    public void discard(String key) {
        if (pending.containsKey(key)) {
            pending.remove(key);
        }
    }
}
