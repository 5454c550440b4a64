package io.github.maprace.plugin.dynamic;

import io.github.maprace.plugin.SourceLocator;
import io.github.maprace.plugin.model.Access;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.RaceDetails;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.rules.RuleCatalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns one record of the race log into the finding a report shows: the message, the fix, where
 * it points and its related lines, per kind (data race, atomicity violation, unlocked iteration,
 * lock-order inversion, lock upgrade, leaked thread). Class names in the log become source paths
 * through the {@link SourceLocator}; sites known by their stacks only point at the first frame in
 * the project's sources.
 */
final class RaceFindings {
    private final SourceLocator locator;

    RaceFindings(SourceLocator locator) {
        this.locator = locator;
    }

    /** The catalog's fix for a race: the finding and the rules list say the same. */
    static final String RACE_FIX = RuleCatalog.fixOf(RuleCatalog.DATA_RACE);

    /** The finding a record describes, seen {@code occurrences} times. */
    Finding of(Map<String, String> f, long occurrences) {
        if ("ATOMICITY_VIOLATION".equals(f.get("kind"))) {
            return atomicity(f, occurrences);
        }
        if ("SYNC_MAP_ITERATION".equals(f.get("kind"))) {
            return syncMapIteration(f, occurrences);
        }
        if (RuleCatalog.LOCK_ORDER_INVERSION.equals(f.get("kind"))) {
            return lockOrderInversion(f, occurrences);
        }
        if ("LOCK_UPGRADE".equals(f.get("kind"))) {
            return lockUpgrade(f, occurrences);
        }
        if (RuleCatalog.LEAKED_THREAD.equals(f.get("kind"))) {
            return leakedThread(f, occurrences);
        }
        Access current = access(f, "cur.");
        Access previous = access(f, "prev.");
        Location allocation = f.containsKey("alloc.class") ? location(f, "alloc.", "map created here") : null;
        String mapType = f.getOrDefault("mapType", "");
        String test = f.getOrDefault("test", "");
        StringBuilder msg = new StringBuilder("Data race on ").append(mapType.isEmpty() ? "a map" : mapType);
        String field = f.getOrDefault("alloc.field", "");
        if (!field.isEmpty()) {
            msg.append(' ').append(field);
        }
        if (allocation != null) {
            msg.append(" (created at ").append(allocation.uri()).append(':').append(allocation.line()).append(')');
        }
        msg.append(": ").append(describe(current)).append(" is not ordered with the earlier ")
                .append(describe(previous))
                .append("; no lock, thread start/join or other happens-before edge orders them");
        if (!test.isEmpty()) {
            msg.append(" (test ").append(test).append(')');
        }
        msg.append('.').append(leakedThreads(f));
        List<Location> related = new ArrayList<>();
        related.add(previous.location());
        if (allocation != null) {
            related.add(allocation);
        }
        RaceDetails details = new RaceDetails(current, previous, allocation, mapType, test, occurrences);
        return new Finding("DATA_RACE", Severity.ERROR, Origin.DYNAMIC, msg.toString(), RACE_FIX,
                current.location(), related, details);
    }

    /** Fix text for an atomicity violation, the catalog's. */
    static final String ATOMICITY_FIX = RuleCatalog.fixOf(RuleCatalog.ATOMICITY_VIOLATION);

    private Finding atomicity(Map<String, String> f, long occurrences) {
        Access act = access(f, "cur.");
        Access other = access(f, "prev.");
        Location check = location(f, "check.", f.getOrDefault("check.op", "check") + " (the check)");
        Access checkAccess = f.containsKey("check.thread") ? access(f, "check.") : null;
        Access otherCheck = f.containsKey("prevcheck.op") ? access(f, "prevcheck.") : null;
        String mapType = f.getOrDefault("mapType", "");
        String key = f.getOrDefault("key", "");
        String test = f.getOrDefault("test", "");
        String msg = "Atomicity violation on " + (mapType.isEmpty() ? "a concurrent map" : mapType)
                + (key.isEmpty() ? "" : " for key " + key) + ": thread \"" + act.thread() + "\" checked the key with "
                + f.getOrDefault("check.op", "a read") + " at " + check.uri() + ':' + check.line() + " and then acted with "
                + act.operation() + " at " + act.location().uri() + ':' + act.location().line() + ", but thread \""
                + other.thread() + "\" wrote the key in between (" + other.operation() + " at "
                + other.location().uri() + ':' + other.location().line()
                + (otherCheck == null ? "" : ", after its own " + otherCheck.operation() + " at "
                + otherCheck.location().uri() + ':' + otherCheck.location().line())
                + "), so one of the updates is lost" + (test.isEmpty() ? "" : " (test " + test + ")") + '.'
                + leakedThreads(f);
        RaceDetails details = new RaceDetails(act, other, null, mapType, test, occurrences, checkAccess, otherCheck);
        List<Location> related = new ArrayList<>(List.of(other.location(), check));
        if (otherCheck != null) {
            Location l = otherCheck.location();
            related.add(new Location(l.uri(), l.line(), otherCheck.operation() + " (the other thread's check)"));
        }
        return new Finding("ATOMICITY_VIOLATION", Severity.ERROR, Origin.DYNAMIC, msg, ATOMICITY_FIX,
                act.location(), related, details);
    }

    private Finding lockOrderInversion(Map<String, String> f, long occurrences) {
        Access mine = lockEdge(f, "cur.", "This order");
        Access other = lockEdge(f, "prev.", "Opposite order");
        String test = f.getOrDefault("test", "");
        String msg = "Lock-order inversion: thread \"" + mine.thread() + "\" took " + f.getOrDefault("cur.inner", "a lock")
                + " while holding " + f.getOrDefault("cur.outer", "another") + " at " + site(mine.location())
                + ", and thread \"" + other.thread() + "\" took them in the opposite order at "
                + site(other.location()) + ": if each holds its first lock when the other asks for it, both wait "
                + "forever. This run did not deadlock; another interleaving will"
                + (test.isEmpty() ? "" : " (test " + test + ")") + '.';
        RaceDetails details = new RaceDetails(mine, other, null, "", test, occurrences);
        return new Finding(RuleCatalog.LOCK_ORDER_INVERSION, Severity.ERROR, Origin.DYNAMIC, msg,
                RuleCatalog.fixOf(RuleCatalog.LOCK_ORDER_INVERSION), mine.location(), List.of(other.location()),
                details);
    }

    private Finding lockUpgrade(Map<String, String> f, long occurrences) {
        String thread = f.getOrDefault("cur.thread", "");
        String test = f.getOrDefault("test", "");
        boolean blocking = Boolean.parseBoolean(f.getOrDefault("blocking", "true"));
        Access request = stackAccess(f, "cur.", "asks for the write lock while holding the read lock (thread \""
                + thread + "\")", "writeLock().lock()", "Write-lock request");
        Access read = f.containsKey("read.class") ? new Access("readLock().lock()", false, thread,
                location(f, "read.", "takes the read lock it still holds (thread \"" + thread + "\")"),
                List.of(frameOf(f, "read.")), "Read lock taken") : null;
        String msg = "Lock upgrade at run time: thread \"" + thread + "\" holds the read lock of a "
                + "ReentrantReadWriteLock" + (read == null ? "" : " (taken at " + site(read.location()) + ")")
                + " and asks for its write lock at " + site(request.location())
                + ", which a ReentrantReadWriteLock never grants to a reader"
                + (blocking ? ": the call would have waited forever; the agent ended it with an "
                + "IllegalMonitorStateException so that the test failed instead of hanging its JVM"
                : ": the tryLock could only time out") + (test.isEmpty() ? "" : " (test " + test + ")") + '.';
        RaceDetails details = new RaceDetails(request, read, null, "", test, occurrences);
        return new Finding("LOCK_UPGRADE", Severity.ERROR, Origin.DYNAMIC, msg, RuleCatalog.fixOf("LOCK_UPGRADE"),
                request.location(), read == null ? List.of() : List.of(read.location()), details);
    }

    /** A site's fields as a stack frame, {@code com.acme.Cache.get(Cache.java:12)}. */
    private static String frameOf(Map<String, String> f, String prefix) {
        return f.getOrDefault(prefix + "class", "") + '.' + f.getOrDefault(prefix + "method", "") + '('
                + f.getOrDefault(prefix + "file", "") + ':' + f.getOrDefault(prefix + "line", "0") + ')';
    }

    private Finding leakedThread(Map<String, String> f, long occurrences) {
        String thread = f.getOrDefault("cur.thread", "");
        String test = f.getOrDefault("test", "");
        boolean daemon = Boolean.parseBoolean(f.getOrDefault("daemon", "false"));
        Access start = stackAccess(f, "cur.", "starts thread \"" + thread + "\", still running after test " + test
                + " ended", "start()", "Thread started");
        String msg = "Leaked thread: test " + test + " started " + (daemon ? "daemon " : "") + "thread \"" + thread
                + "\" at " + site(start.location()) + " and it was still running after the test had ended: "
                + "whatever it does from now on happens during later tests, so its races are reported under "
                + "their names and make them flaky"
                + (daemon ? "" : ", and a non-daemon thread keeps the test JVM from exiting") + '.';
        RaceDetails details = new RaceDetails(start, null, null, "", test, occurrences);
        return new Finding(RuleCatalog.LEAKED_THREAD, Severity.WARNING, Origin.DYNAMIC, msg,
                RuleCatalog.fixOf(RuleCatalog.LEAKED_THREAD), start.location(), List.of(), details);
    }

    /**
     * One edge of an inversion: the inner acquisition, located at the first frame of its stack
     * that is in the project's sources (else the first frame).
     */
    private Access lockEdge(Map<String, String> f, String prefix, String role) {
        String thread = f.getOrDefault(prefix + "thread", "");
        String what = "takes " + f.getOrDefault(prefix + "inner", "a lock") + " while holding "
                + f.getOrDefault(prefix + "outer", "another");
        return stackAccess(f, prefix, what + " (thread \"" + thread + "\")", what, role);
    }

    /** An access known by its stack only: at the first frame in the project's sources. */
    private Access stackAccess(Map<String, String> f, String prefix, String description, String operation,
                               String role) {
        String thread = f.getOrDefault(prefix + "thread", "");
        String stack = f.getOrDefault(prefix + "stack", "");
        List<String> frames = stack.isEmpty() ? List.of() : Arrays.asList(stack.split("\n"));
        Location at = null;
        for (String frame : frames) {
            Location l = frameLocation(frame, description);
            if (l == null) {
                continue;
            }
            if (locator.isSource(l.uri())) {
                at = l;
                break;
            }
            if (at == null) {
                at = l; // a JDK or library frame, kept in case no frame is the project's
            }
        }
        if (at == null) {
            at = new Location("unknown", 0, operation);
        }
        return new Access(operation, true, thread, at, frames, role);
    }

    /** {@code com.acme.Bank.transfer(Bank.java:42)} as a location, or null when it names no line. */
    Location frameLocation(String frame, String description) {
        java.util.regex.Matcher m = FRAME.matcher(frame.trim());
        if (!m.matches()) {
            return null;
        }
        String method = m.group(1);
        int dot = method.lastIndexOf('.');
        String className = dot < 0 ? method : method.substring(0, dot);
        return new Location(locator.uriOf(className, m.group(2)), Integer.parseInt(m.group(3)), description);
    }

    private static final java.util.regex.Pattern FRAME =
            java.util.regex.Pattern.compile("(?:[^/]*/)?([\\w$.<>]+)\\(([^:()]+):(\\d+)\\)"); // <init>, <clinit> too

    private static String site(Location l) {
        return l.uri() + (l.line() > 0 ? ":" + l.line() : "");
    }

    /** Fix text for iterating a synchronized map without its lock, the catalog's. */
    static final String SYNC_ITERATION_FIX = RuleCatalog.fixOf("SYNC_MAP_ITERATION");

    private Finding syncMapIteration(Map<String, String> f, long occurrences) {
        Access current = access(f, "cur.");
        String test = f.getOrDefault("test", "");
        String msg = "Iteration over a " + f.getOrDefault("mapType", "synchronized map") + " view ("
                + current.operation() + " at " + current.location().uri() + ':' + current.location().line()
                + " by thread \"" + current.thread() + "\") without holding the map's lock: another thread's "
                + "put can throw ConcurrentModificationException or corrupt the traversal"
                + (test.isEmpty() ? "" : " (test " + test + ")") + '.';
        RaceDetails details = new RaceDetails(current, null, null, f.getOrDefault("mapType", ""), test, occurrences);
        return new Finding("SYNC_MAP_ITERATION", Severity.ERROR, Origin.DYNAMIC, msg, SYNC_ITERATION_FIX,
                current.location(), List.of(), details);
    }

    private static String describe(Access a) {
        String relink = a.write() && (a.operation().equals("get") || a.operation().equals("getOrDefault"))
                ? " (a write: get moves the entry of an access-ordered LinkedHashMap to the end, so a read lock "
                        + "or no lock is not enough)"
                : "";
        return a.operation() + " at " + a.location().uri() + ':' + a.location().line() + " by thread \""
                + a.thread() + '"' + relink;
    }

    private Access access(Map<String, String> f, String prefix) {
        String op = f.getOrDefault(prefix + "op", "");
        boolean write = Boolean.parseBoolean(f.get(prefix + "write"));
        String thread = threadOf(f, prefix);
        String stack = f.getOrDefault(prefix + "stack", "");
        List<String> frames = stack.isEmpty() ? List.of() : Arrays.asList(stack.split("\n"));
        String what = (write ? "write" : "read") + " (" + op + ") by thread \"" + thread + "\"";
        return new Access(op, write, thread, location(f, prefix, what), frames);
    }

    /** The thread's name, and the test that left it running when it is a leaked thread. */
    private static String threadOf(Map<String, String> f, String prefix) {
        String thread = f.getOrDefault(prefix + "thread", "");
        String leakedFrom = f.getOrDefault(prefix + "leakedFrom", "");
        return leakedFrom.isEmpty() ? thread : thread + " (leaked by " + leakedFrom + ")";
    }

    /** A sentence naming the threads of a race that earlier tests left running, or empty. */
    private static String leakedThreads(Map<String, String> f) {
        StringBuilder s = new StringBuilder();
        for (String prefix : List.of("cur.", "prev.")) {
            String from = f.getOrDefault(prefix + "leakedFrom", "");
            if (!from.isEmpty()) {
                s.append(" Thread \"").append(f.getOrDefault(prefix + "thread", "")).append("\" was started by test ")
                        .append(from).append(", which ended without stopping it (see LEAKED_THREAD): this race "
                        + "belongs to that test as much as to the one running.");
            }
        }
        return s.toString();
    }

    Location location(Map<String, String> f, String prefix, String description) {
        String uri = locator.uriOf(f.getOrDefault(prefix + "class", ""), f.getOrDefault(prefix + "file", ""));
        return new Location(uri, (int) RaceLogReader.parseLong(f.get(prefix + "line"), 0), description);
    }
}
