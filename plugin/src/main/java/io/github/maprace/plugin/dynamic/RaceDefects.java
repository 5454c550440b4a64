package io.github.maprace.plugin.dynamic;

import io.github.maprace.plugin.rules.RuleCatalog;

import java.util.Map;

/**
 * Which records of the race log are one finding: the defect a record is about, as the user fixes
 * it, and which of a defect's records a report shows. Both depend only on a record's content, never
 * on the order the threads or forks wrote the log in, so two runs that saw the same records agree.
 */
final class RaceDefects {

    private RaceDefects() {
    }

    /**
     * What a record is about, as the user fixes it, independent of the JVM that wrote it and of the
     * operations: a data race by its map (allocation site or field) and its two lines, unordered; an
     * atomicity violation by its check and act lines (whichever write of another thread got in); an
     * unlocked iteration by its line. Records known by stacks only go by kind and stacks.
     */
    static String defectOf(Map<String, String> f) {
        String kind = f.getOrDefault("kind", "");
        if (!f.containsKey("cur.class")) {
            // known by stacks only (lock order, lock upgrade, leaked thread): the stacks are the sites
            String cur = f.getOrDefault("cur.stack", "");
            String prev = f.getOrDefault("prev.stack", "");
            String pair = cur.compareTo(prev) <= 0 ? cur + "|" + prev : prev + "|" + cur;
            String test = RuleCatalog.LEAKED_THREAD.equals(kind) ? f.getOrDefault("test", "") : "";
            return kind + "|" + pair + "|" + f.getOrDefault("blocking", "") + "|" + test;
        }
        String cur = line(f, "cur.");
        return switch (kind) {
            case "ATOMICITY_VIOLATION" -> kind + "|" + line(f, "check.") + "|" + cur;
            case "SYNC_MAP_ITERATION" -> kind + "|" + cur;
            default -> {
                String prev = line(f, "prev.");
                String map = f.containsKey("alloc.class") ? line(f, "alloc.") : f.getOrDefault("alloc.field", "");
                yield kind + "|" + map + "|" + (cur.compareTo(prev) <= 0 ? cur + "|" + prev : prev + "|" + cur);
            }
        };
    }

    /** Of two records of one defect, the one a report shows: the smaller by sites, operations and test. */
    static Map<String, String> representative(Map<String, String> a, Map<String, String> b) {
        return order(a).compareTo(order(b)) <= 0 ? a : b;
    }

    private static String order(Map<String, String> f) {
        return site(f, "cur.") + "|" + site(f, "prev.") + "|" + site(f, "check.") + "|" + f.getOrDefault("test", "");
    }

    private static String line(Map<String, String> f, String prefix) {
        return f.getOrDefault(prefix + "class", "") + ":" + f.getOrDefault(prefix + "line", "");
    }

    private static String site(Map<String, String> f, String prefix) {
        return f.getOrDefault(prefix + "class", "") + ":" + f.getOrDefault(prefix + "line", "") + ":"
                + f.getOrDefault(prefix + "op", "") + ":" + f.getOrDefault(prefix + "write", "");
    }
}
