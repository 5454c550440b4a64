package com.example.jvmok;

import java.util.List;
import java.util.Map;

/** Counts HTTP status codes of one log shard into the (unsynchronized) map it is given. */
public final class ShardScanner {

    private ShardScanner() {
    }

    /** Adds the status codes of {@code lines} to {@code codes}; returns the shard name. */
    public static String scan(String shard, List<String> lines, Map<String, Integer> codes) {
        for (String line : lines) {
            codes.merge(line.substring(0, 3), 1, Integer::sum);
        }
        codes.put("lines", codes.getOrDefault("lines", 0) + lines.size());
        return shard;
    }
}
