package com.acme.metrics;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** Updates of the key being visited replace a value in place; a change followed by break ends the loop. */
public class GoodSameKeyAndEarlyExit {
    private final Map<String, Integer> counts = new HashMap<>();

    public void doubleAll() {
        for (String name : counts.keySet()) {
            counts.put(name, counts.get(name) * 2);
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            counts.merge(e.getKey(), 1, Integer::sum);
        }
        Iterator<String> it = counts.keySet().iterator();
        while (it.hasNext()) {
            String name = it.next();
            counts.compute(name, (k, v) -> v + 1);
        }
        counts.forEach((k, v) -> counts.put(k, v + 1));
    }

    public boolean removeFirstEmpty() {
        for (String name : counts.keySet()) {
            if (counts.get(name) == 0) {
                counts.remove(name);
                break;
            }
        }
        for (String name : counts.keySet()) {
            if (name.isEmpty()) {
                return counts.remove(name) != null;
            }
        }
        return false;
    }

    public void resetOnFirstNegative() {
        outer:
        for (Integer value : counts.values()) {
            for (int i = 0; i < value; i++) {
                if (i < 0) {
                    counts.clear();
                    break outer;
                }
            }
        }
    }
}
