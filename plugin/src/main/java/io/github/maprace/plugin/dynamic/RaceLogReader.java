package io.github.maprace.plugin.dynamic;

import io.github.maprace.agent.runtime.LogCodec;
import io.github.maprace.plugin.SourceLocator;
import io.github.maprace.plugin.model.Access;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.RaceDetails;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.SharedMap;
import io.github.maprace.plugin.rules.RuleCatalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the agent's {@code races.log} into findings. Tolerates a log cut short by a crashed JVM:
 * every complete record is kept, a race without a count counts once.
 */
public final class RaceLogReader {
    /** The catalog's fix for a race: the finding and the rules list say the same. */
    static final String RACE_FIX = RuleCatalog.fixOf(RuleCatalog.DATA_RACE);

    private final SourceLocator locator;

    /**
     * What the agent said about itself.
     *
     * @param errors      internal errors of all test JVMs
     * @param firstErrors the first of them, described
     * @param memory      what the detector retained in the test JVM that retained most, or null
     *                    when no JVM said (an older agent, or none shut down cleanly)
     */
    public record AgentStatus(long errors, String firstErrors, DetectorMemory memory, PerturbationStats perturbation) {
        /** A status without perturbation. */
        public AgentStatus(long errors, String firstErrors, DetectorMemory memory) {
            this(errors, firstErrors, memory, null);
        }
    }

    /**
     * What the agent's perturbation did, summed over the test JVMs.
     *
     * @param seed    the seed every delay decision was derived from
     * @param delays  delays made
     * @param millis  time they added to the test threads that slept
     * @param skipped delays the budgets refused
     */
    public record PerturbationStats(long seed, long delays, long millis, long skipped) {
        PerturbationStats plus(PerturbationStats o) {
            return o == null ? this : new PerturbationStats(seed, delays + o.delays, millis + o.millis,
                    skipped + o.skipped);
        }

        /** For the build log. */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "perturbation (seed %d): %,d delays, %,d ms added to the "
                    + "threads that slept, %,d refused by the budgets; -Dmaprace.seed=%d repeats these decisions",
                    seed, delays, millis, skipped, seed);
        }
    }

    /**
     * What the detector retained at its peak in one test JVM.
     *
     * @param shadowsPeak   most tracked maps alive at once (an upper bound)
     * @param clocksPeak    most sync objects (monitors, locks, ...) with a vector clock at once
     * @param historyStacks distinct stacks kept for previous accesses
     * @param historyBytes  bytes those stacks and their tables retain (estimated)
     * @param threads       thread slots: a vector clock has up to one entry each (joined threads'
     *                      slots are reused)
     * @param threadsStarted threads the detector saw in all
     */
    public record DetectorMemory(long shadowsPeak, long clocksPeak, long historyStacks, long historyBytes,
                                 long threads, long threadsStarted) {
        /** Bytes a tracked map's shadow and its table entry retain (measured with JOL). */
        public static final int SHADOW_BYTES = 112;

        /** The build-log line. */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "up to %,d tracked maps at once (~%.1f MB of shadows), "
                    + "%,d sync objects with clocks of up to %,d entries, one per thread slot (at most ~%.1f MB; "
                    + "%,d threads seen), %,d distinct history stacks (~%.1f MB)", shadowsPeak,
                    shadowsPeak * SHADOW_BYTES / 1e6, clocksPeak, threads, clocksPeak * threads * 4 / 1e6,
                    threadsStarted, historyStacks, historyBytes / 1e6);
        }

        DetectorMemory max(DetectorMemory o) {
            return o == null ? this : new DetectorMemory(Math.max(shadowsPeak, o.shadowsPeak),
                    Math.max(clocksPeak, o.clocksPeak), Math.max(historyStacks, o.historyStacks),
                    Math.max(historyBytes, o.historyBytes), Math.max(threads, o.threads),
                    Math.max(threadsStarted, o.threadsStarted));
        }
    }

    /**
     * The findings, the agent's status and the concurrency coverage read from one log.
     *
     * @param coverage the maps the run saw one thread write and another use, one per allocation
     *                 site (the test JVMs' records merged)
     * @param coverageMeasured true when some test JVM named its tests to the agent: coverage is
     *                 per test, so without them (TestNG, a JVM that never finished) it is unknown
     */
    public record Result(List<Finding> races, AgentStatus agent, List<SharedMap> coverage, boolean coverageMeasured) {
        public Result {
            coverage = List.copyOf(coverage);
        }
    }

    /** @param locator maps class names from the log to source paths */
    public RaceLogReader(SourceLocator locator) {
        this.locator = locator;
    }

    /** Reads {@code file}; a missing file reads as no races. */
    public Result read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new Result(List.of(), new AgentStatus(0, "", null), List.of(), false);
        }
        Map<String, Map<String, String>> races = new LinkedHashMap<>();
        Map<String, Long> counts = new HashMap<>();
        long errors = 0;
        String firstErrors = "";
        DetectorMemory memory = null;
        Map<String, SharedMap> coverage = new LinkedHashMap<>();
        boolean testsSeen = false;
        PerturbationStats perturbation = null;
        for (String line : completeLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> f = LogCodec.fields(line);
            switch (LogCodec.type(line)) {
                case "RACE" -> {
                    if (f.containsKey("test")) { // the last field: a record without it was cut short
                        races.put(f.get("id"), f);
                    }
                }
                case "COUNT" -> counts.put(f.get("id"), parseLong(f.get("n"), 1));
                case "COVERAGE" -> {
                    if (f.containsKey("accesses")) { // the last field: a record without it was cut short
                        SharedMap m = sharedMap(f);
                        coverage.merge(m.location().uri() + ':' + m.location().line() + ' ' + m.name(), m,
                                RaceLogReader::merged);
                    }
                }
                case "PERTURB" -> {
                    if (f.containsKey("sites")) { // the last field
                        PerturbationStats p = new PerturbationStats(parseLong(f.get("seed"), 0),
                                parseLong(f.get("delays"), 0), parseLong(f.get("millis"), 0),
                                parseLong(f.get("skipped"), 0));
                        perturbation = p.plus(perturbation);
                    }
                }
                case "AGENT" -> { // one per test JVM: several when Surefire forks share the log
                    errors += parseLong(f.get("errors"), 0);
                    testsSeen |= parseLong(f.get("testsSeen"), 0) > 0;
                    if (firstErrors.isEmpty()) {
                        firstErrors = f.getOrDefault("first", "");
                    }
                    if (f.containsKey("shadowsPeak")) {
                        memory = new DetectorMemory(parseLong(f.get("shadowsPeak"), 0),
                                parseLong(f.get("syncClocksPeak"), 0), parseLong(f.get("historyStacks"), 0), parseLong(f.get("historyBytes"), 0),
                                parseLong(f.get("threads"), 0), parseLong(f.get("threadsStarted"), 0)).max(memory);
                    }
                }
                default -> { }
            }
        }
        // ids are per JVM: the same defect found by two forks, or by two pairs of operations on the same
        // lines, is one finding, counted for all; the record that describes it is chosen by content, not
        // by which thread or fork wrote first, so that two runs that saw the same records agree
        Map<String, Map<String, String>> bySites = new LinkedHashMap<>();
        Map<String, Long> occurrences = new HashMap<>();
        for (Map.Entry<String, Map<String, String>> e : races.entrySet()) {
            String defect = defectOf(e.getValue());
            bySites.merge(defect, e.getValue(), RaceLogReader::representative);
            occurrences.merge(defect, counts.getOrDefault(e.getKey(), 1L), Long::sum);
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : bySites.entrySet()) {
            findings.add(toFinding(e.getValue(), occurrences.get(e.getKey())));
        }
        return new Result(findings, new AgentStatus(errors, firstErrors, memory, perturbation),
                List.copyOf(coverage.values()),
                testsSeen);
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
    private static Map<String, String> representative(Map<String, String> a, Map<String, String> b) {
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

    /**
     * The lines of {@code file} that were written completely: a JVM killed mid-write leaves a last
     * line without its newline (maybe cut inside a multi-byte character), which is dropped.
     */
    static List<String> completeLines(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8); // malformed bytes become U+FFFD
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return List.of();
        }
        return Arrays.asList(text.substring(0, end).split("\n", -1));
    }

    /** Every line of a text file, the last one too even without its newline; bad UTF-8 becomes U+FFFD. */
    static List<String> allLines(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
    }

    private Finding toFinding(Map<String, String> f, long occurrences) {
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

    /** Why a map the run saw is shared, for the coverage table. */
    static final String SEEN_SHARED = "the test run saw one thread write it and another use it";

    private SharedMap sharedMap(Map<String, String> f) {
        String field = f.getOrDefault("alloc.field", "");
        String cls = f.getOrDefault("alloc.class", "");
        String name = field.isEmpty() ? "map created in " + cls.substring(cls.lastIndexOf('.') + 1) + '.'
                + f.getOrDefault("alloc.method", "") : field;
        Location at = location(f, "alloc.", "map created here");
        String tests = f.getOrDefault("tests", "");
        List<Location> accesses = new ArrayList<>();
        for (String frame : f.getOrDefault("accesses", "").split("\n")) {
            Location l = frame.isBlank() ? null : frameLocation(frame, "used by two threads");
            if (l != null) {
                accesses.add(l);
            }
        }
        return new SharedMap(name, at, SEEN_SHARED, Boolean.parseBoolean(f.get("exercised")),
                tests.isEmpty() ? List.of() : List.of(tests.split("\n")), accesses);
    }

    /** The same allocation site seen by two test JVMs: exercised by either, their tests and accesses. */
    private static SharedMap merged(SharedMap a, SharedMap b) {
        java.util.Set<String> tests = new java.util.LinkedHashSet<>(a.tests());
        tests.addAll(b.tests());
        java.util.Set<Location> accesses = new java.util.LinkedHashSet<>(a.accesses());
        accesses.addAll(b.accesses());
        return new SharedMap(a.name(), a.location(), a.sharedBecause(), a.exercised() || b.exercised(),
                List.copyOf(tests), List.copyOf(accesses));
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
    private Location frameLocation(String frame, String description) {
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

    private Location location(Map<String, String> f, String prefix, String description) {
        String uri = locator.uriOf(f.getOrDefault(prefix + "class", ""), f.getOrDefault(prefix + "file", ""));
        return new Location(uri, (int) parseLong(f.get(prefix + "line"), 0), description);
    }

    private static long parseLong(String s, long fallback) {
        try {
            return s == null ? fallback : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
