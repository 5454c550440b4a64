package com.example.shop;

import java.util.HashMap;
import java.util.Map;

/** Counts page views; handed from thread to thread with start and join. */
public class Tally {
    private final Map<String, Integer> views = new HashMap<>(); // tally's map

    public void view(String page) {
        views.merge(page, 1, Integer::sum);
    }

    public int views(String page) {
        return views.getOrDefault(page, 0);
    }
}
