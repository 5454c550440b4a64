package com.acme.text;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A ConcurrentHashMap used as a method's scratch map: no other thread ever sees it, so nothing can race. */
public class GoodLocalConcurrentMapNeverShared {

    public int distinctWords(List<String> words) {
        Map<String, Integer> firstSeen = new ConcurrentHashMap<>();
        int position = 0;
        for (String word : words) {
            if (!firstSeen.containsKey(word)) {
                firstSeen.put(word, position);
            }
            position++;
        }
        return firstSeen.size();
    }
}
