package com.acme.stats;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** The same field, iterated under the map's own lock or through calls the wrapper locks. */
public class GoodViewKeptInFieldIteratedUnderTheMap {
    private final Map<String, Integer> syncMap = Collections.synchronizedMap(new HashMap<>());
    private final Collection<Integer> vals = syncMap.values();

    public void record(String key, int value) {
        syncMap.put(key, value);
    }

    public int total() {
        int sum = 0;
        synchronized (syncMap) {
            for (int v : vals) {
                sum += v;
            }
        }
        return sum;
    }

    public Object[] snapshot() {
        return vals.toArray();
    }
}
