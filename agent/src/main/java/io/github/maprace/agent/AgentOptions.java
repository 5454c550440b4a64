package io.github.maprace.agent;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent's options and their one string form, {@code key=value,key=value} with URL-encoded
 * values: the plugin formats it into {@code -javaagent:maprace-agent.jar=<options>}, the agent
 * parses it. No other class knows the format.
 *
 * <p>Keys: {@code output} (directory for {@code races.log}), {@code includes} and
 * {@code excludes} (class-name globs separated by {@code :}, e.g. {@code com.acme.*}), {@code history}
 * (stack frames kept for a race's previous access, default {@value #DEFAULT_HISTORY}, 0 for none),
 * {@code timeout} (seconds after which the test JVM ends itself, see {@link ForkTimeout}; 0 or
 * absent: never), {@code perturb} (a seed: delay check-then-act windows to make atomicity
 * violations happen; absent: never delay).
 */
public final class AgentOptions {
    private static final String OUTPUT = "output";
    private static final String INCLUDES = "includes";
    private static final String EXCLUDES = "excludes";
    private static final String HISTORY = "history";
    private static final String TIMEOUT = "timeout";
    private static final String PERTURB = "perturb";
    /** Default frames kept for the stack of a race's previous access. */
    public static final int DEFAULT_HISTORY = 32;

    private final Path output;
    private final List<String> includes;
    private final List<String> excludes;
    private final int history;
    private final long timeoutSeconds;
    /** The perturbation seed, or null when the agent never delays a thread. */
    private final Long perturbSeed;

    /**
     * @param output   directory the agent writes its logs to
     * @param includes class-name globs to instrument; empty means every class not excluded
     * @param excludes class-name globs never to instrument, on top of the built-in exclusions
     */
    public AgentOptions(Path output, List<String> includes, List<String> excludes) {
        this(output, includes, excludes, DEFAULT_HISTORY);
    }

    /**
     * @param output   directory the agent writes its logs to
     * @param includes class-name globs to instrument; empty means every class not excluded
     * @param excludes class-name globs never to instrument, on top of the built-in exclusions
     * @param history  stack frames kept for the previous access of a race (0: none)
     */
    public AgentOptions(Path output, List<String> includes, List<String> excludes, int history) {
        this(output, includes, excludes, history, 0);
    }

    /**
     * @param output         directory the agent writes its logs to
     * @param includes       class-name globs to instrument; empty means every class not excluded
     * @param excludes       class-name globs never to instrument, on top of the built-in exclusions
     * @param history        stack frames kept for the previous access of a race (0: none)
     * @param timeoutSeconds seconds after which the test JVM ends itself (0: never)
     */
    public AgentOptions(Path output, List<String> includes, List<String> excludes, int history,
                        long timeoutSeconds) {
        this(output, includes, excludes, history, timeoutSeconds, null);
    }

    private AgentOptions(Path output, List<String> includes, List<String> excludes, int history,
                         long timeoutSeconds, Long perturbSeed) {
        if (history < 0) {
            throw new IllegalArgumentException("maprace agent: history must be 0 or more frames, not " + history);
        }
        if (timeoutSeconds < 0) {
            throw new IllegalArgumentException("maprace agent: timeout must be 0 or more seconds, not "
                    + timeoutSeconds);
        }
        this.output = output;
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.history = history;
        this.timeoutSeconds = timeoutSeconds;
        this.perturbSeed = perturbSeed;
    }

    /**
     * These options with perturbation on: the agent delays threads between the check and the act
     * of check-then-act sequences on shared maps, each decision derived from {@code seed}.
     */
    public AgentOptions withPerturbation(long seed) {
        return new AgentOptions(output, includes, excludes, history, timeoutSeconds, seed);
    }

    /** The perturbation seed, or null when perturbation is off. */
    public Long perturbSeed() {
        return perturbSeed;
    }

    /** Seconds after which the test JVM ends itself (0: never). */
    public long timeoutSeconds() {
        return timeoutSeconds;
    }

    /** Stack frames kept for the previous access of a race (0: none). */
    public int history() {
        return history;
    }

    /** Directory for the agent's logs. */
    public Path output() {
        return output;
    }

    /** Class-name globs to instrument (empty: all not excluded). */
    public List<String> includes() {
        return includes;
    }

    /** Class-name globs not to instrument. */
    public List<String> excludes() {
        return excludes;
    }

    /** The options string for {@code -javaagent:jar=<this>}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        append(sb, OUTPUT, output.toString());
        if (!includes.isEmpty()) {
            append(sb, INCLUDES, String.join(":", includes));
        }
        if (!excludes.isEmpty()) {
            append(sb, EXCLUDES, String.join(":", excludes));
        }
        if (history != DEFAULT_HISTORY) {
            append(sb, HISTORY, Integer.toString(history));
        }
        if (timeoutSeconds > 0) {
            append(sb, TIMEOUT, Long.toString(timeoutSeconds));
        }
        if (perturbSeed != null) {
            append(sb, PERTURB, Long.toString(perturbSeed));
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String key, String value) {
        if (sb.length() > 0) {
            sb.append(',');
        }
        sb.append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /**
     * Parses an options string.
     *
     * @throws IllegalArgumentException on an unknown key or a missing {@code output}
     */
    public static AgentOptions parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("maprace agent: malformed option '" + pair + "'");
                }
                String key = pair.substring(0, eq);
                if (!List.of(OUTPUT, INCLUDES, EXCLUDES, HISTORY, TIMEOUT, PERTURB).contains(key)) {
                    throw new IllegalArgumentException("maprace agent: unknown option '" + key + "'");
                }
                values.put(key, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String out = values.get(OUTPUT);
        if (out == null || out.isEmpty()) {
            throw new IllegalArgumentException("maprace agent: option 'output' is required");
        }
        int history = (int) number(values, HISTORY, DEFAULT_HISTORY, "a number of frames");
        long timeout = number(values, TIMEOUT, 0, "a number of seconds");
        AgentOptions options = new AgentOptions(Path.of(out), globs(values.get(INCLUDES)),
                globs(values.get(EXCLUDES)), history, timeout);
        if (!values.containsKey(PERTURB)) {
            return options;
        }
        try {
            return options.withPerturbation(Long.parseLong(values.get(PERTURB).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("maprace agent: perturb must be a seed (a whole number), not '"
                    + values.get(PERTURB) + "'");
        }
    }

    private static long number(Map<String, String> values, String key, long otherwise, String what) {
        if (!values.containsKey(key)) {
            return otherwise;
        }
        try {
            return Integer.parseInt(values.get(key).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("maprace agent: " + key + " must be " + what + ", not '"
                    + values.get(key) + "'");
        }
    }

    private static List<String> globs(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Arrays.stream(value.split(":")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }
}
