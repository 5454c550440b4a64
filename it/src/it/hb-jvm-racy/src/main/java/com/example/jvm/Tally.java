package com.example.jvm;

import java.util.HashMap;

/**
 * Votes per option: a HashMap subclass whose own method writes through {@code super.put} (an
 * invokespecial into HashMap, not a virtual call on the map).
 */
public class Tally extends HashMap<String, Integer> {
    private static final long serialVersionUID = 1L;

    public void add(String option) {
        super.put(option, 1); // race: super-put
    }
}
