package com.example.feed;

import java.util.HashMap;
import java.util.Map;

/** When each feed source was last seen, for the status page. Filled by pollers. */
public final class Feeds {
    static final Map<String, Long> LAST_SEEN = new HashMap<>();

    private Feeds() {
    }

    public static Poller poller(String source) {
        return new Poller(LAST_SEEN, source);
    }

    public static Long lastSeen(String source) {
        return LAST_SEEN.get(source); // the status page's read
    }
}
