package com.acme.stats;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A ConcurrentHashMap used as one method's scratch counter: no other thread sees it, so no update is lost. */
public class GoodLocalConcurrentCounterNeverShared {

    public String summary(List<String> words) {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        for (String word : words) {
            counts.put(word, counts.getOrDefault(word, 0) + 1);
        }
        return counts.size() + " distinct words, 'the' " + counts.getOrDefault("the", 0) + " times";
    }
}
