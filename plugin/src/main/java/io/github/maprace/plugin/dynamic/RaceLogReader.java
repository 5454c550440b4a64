package io.github.maprace.plugin.dynamic;

import io.github.maprace.agent.runtime.LogCodec;
import io.github.maprace.plugin.SourceLocator;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.SharedMap;

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
 * Reads the agent's {@code races.log}: findings (each record made one by {@link RaceFindings}, the
 * records of one defect merged by {@link RaceDefects}), the concurrency coverage, and what the agent
 * said about itself. Tolerates a log cut short by a crashed JVM: every complete record is kept, a
 * race without a count counts once.
 */
public final class RaceLogReader {

    private final RaceFindings convert;

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
        this.convert = new RaceFindings(locator);
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
            String defect = RaceDefects.defectOf(e.getValue());
            bySites.merge(defect, e.getValue(), RaceDefects::representative);
            occurrences.merge(defect, counts.getOrDefault(e.getKey(), 1L), Long::sum);
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : bySites.entrySet()) {
            findings.add(convert.of(e.getValue(), occurrences.get(e.getKey())));
        }
        return new Result(findings, new AgentStatus(errors, firstErrors, memory, perturbation),
                List.copyOf(coverage.values()),
                testsSeen);
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

    /** Why a map the run saw is shared, for the coverage table. */
    static final String SEEN_SHARED = "the test run saw one thread write it and another use it";

    private SharedMap sharedMap(Map<String, String> f) {
        String field = f.getOrDefault("alloc.field", "");
        String cls = f.getOrDefault("alloc.class", "");
        String name = field.isEmpty() ? "map created in " + cls.substring(cls.lastIndexOf('.') + 1) + '.'
                + f.getOrDefault("alloc.method", "") : field;
        Location at = convert.location(f, "alloc.", "map created here");
        String tests = f.getOrDefault("tests", "");
        List<Location> accesses = new ArrayList<>();
        for (String frame : f.getOrDefault("accesses", "").split("\n")) {
            Location l = frame.isBlank() ? null : convert.frameLocation(frame, "used by two threads");
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

    /** {@code s} as a number, or {@code fallback} when it is missing or not one (a record cut short). */
    static long parseLong(String s, long fallback) {
        try {
            return s == null ? fallback : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
