package com.acme.presence;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** A Spring singleton that tracks when each user was last seen. */
@Service
public class BadAliasedViewRemoval {
    private final Map<String, Long> lastSeen; // expect: SHARED_UNSAFE_MAP

    public BadAliasedViewRemoval() {
        this.lastSeen = new HashMap<>();
    }

    public void expire(long cutoff) {
        Map<String, Long> seen = this.lastSeen;
        seen.entrySet().removeIf(e -> e.getValue() < cutoff); // related: SHARED_UNSAFE_MAP
    }

    public void touch(String user, long now) {
        lastSeen.merge(user, now, Math::max); // related: SHARED_UNSAFE_MAP
    }

    public boolean online(String user) {
        return lastSeen.containsKey(user);
    }
}
