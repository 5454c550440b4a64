package io.github.maprace.plugin.analysis;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.Severity;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The static pass's results per source file, kept between builds so that a rerun re-parses only
 * what a change can affect.
 *
 * <p>The file is only ever read back by the plugin that wrote it: its key names the plugin build,
 * the rules that ran and the class path, and any mismatch, version change or damage makes
 * {@link #read} return null (a full pass). It is plain tagged data, not Java serialization, so a
 * tampered file can at worst give wrong findings, never run code.
 *
 * @param key      what the results depend on besides the sources (see {@link StaticAnalyzer})
 * @param global   findings and problems that belong to no one file (class path problems)
 * @param entries  the results of each file, by canonical path
 */
record StaticCache(String key, Entry global, Map<Path, Entry> entries) {

    private static final String MAGIC = "maprace-static-cache";
    private static final int FORMAT = 1;

    /**
     * One file's results.
     *
     * @param hash        SHA-256 of the file's bytes when it was analysed
     * @param facts       what its model said about it (null when it was not parsed)
     * @param parsed      whether Spoon could parse it
     * @param lines       its non-blank lines
     * @param findings    the findings located in it
     * @param sharedMaps  the shared map fields declared in it
     * @param problems    problems naming it (a parse failure, a rule that failed on it)
     */
    record Entry(String hash, FileFacts facts, boolean parsed, long lines, List<Finding> findings,
                 List<Finding> sharedMaps, List<String> problems) {
        Entry {
            findings = List.copyOf(findings);
            sharedMaps = List.copyOf(sharedMaps);
            problems = List.copyOf(problems);
        }

        static Entry global(List<Finding> findings, List<String> problems) {
            return new Entry("", null, false, 0, findings, List.of(), problems);
        }
    }

    StaticCache {
        entries = Map.copyOf(entries);
    }

    /** The cache in {@code file} if it was written under {@code key}; null when absent, stale or unreadable. */
    static StaticCache read(Path file, String key) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!MAGIC.equals(string(in)) || in.readInt() != FORMAT || !key.equals(string(in))) {
                return null;
            }
            Entry global = entry(in);
            int count = count(in, 1 << 22);
            Map<Path, Entry> entries = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                entries.put(Path.of(string(in)), entry(in));
            }
            return new StaticCache(key, global, entries);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes the cache atomically (a temporary file, then a rename), creating the directory. */
    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
            string(out, MAGIC);
            out.writeInt(FORMAT);
            string(out, key);
            entry(out, global);
            out.writeInt(entries.size());
            for (Map.Entry<Path, Entry> e : entries.entrySet()) {
                string(out, e.getKey().toString());
                entry(out, e.getValue());
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void entry(DataOutputStream out, Entry e) throws IOException {
        string(out, e.hash());
        out.writeBoolean(e.facts() != null);
        if (e.facts() != null) {
            strings(out, List.copyOf(e.facts().declaredTypes()));
            strings(out, List.copyOf(e.facts().supertypes()));
            out.writeBoolean(e.facts().mapFieldOwner());
        }
        out.writeBoolean(e.parsed());
        out.writeLong(e.lines());
        findings(out, e.findings());
        findings(out, e.sharedMaps());
        strings(out, e.problems());
    }

    private static Entry entry(DataInputStream in) throws IOException {
        String hash = string(in);
        FileFacts facts = in.readBoolean()
                ? new FileFacts(new HashSet<>(strings(in)), new HashSet<>(strings(in)), in.readBoolean()) : null;
        boolean parsed = in.readBoolean();
        long lines = in.readLong();
        return new Entry(hash, facts, parsed, lines, findings(in), findings(in), strings(in));
    }

    private static void findings(DataOutputStream out, List<Finding> findings) throws IOException {
        out.writeInt(findings.size());
        for (Finding f : findings) {
            string(out, f.ruleId());
            string(out, f.severity().name());
            string(out, f.message());
            string(out, f.fix());
            location(out, f.location());
            out.writeInt(f.related().size());
            for (Location l : f.related()) {
                location(out, l);
            }
        }
    }

    private static List<Finding> findings(DataInputStream in) throws IOException {
        int count = count(in, 1 << 20);
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String rule = string(in);
            Severity severity = Severity.valueOf(string(in));
            String message = string(in);
            String fix = string(in);
            Location location = location(in);
            int related = count(in, 1 << 16);
            List<Location> locations = new ArrayList<>(related);
            for (int j = 0; j < related; j++) {
                locations.add(location(in));
            }
            findings.add(new Finding(rule, severity, Origin.STATIC, message, fix, location, locations, null));
        }
        return findings;
    }

    private static void location(DataOutputStream out, Location l) throws IOException {
        string(out, l.uri());
        out.writeInt(l.line());
        string(out, l.description());
    }

    private static Location location(DataInputStream in) throws IOException {
        return new Location(string(in), in.readInt(), string(in));
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            string(out, v);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int count = count(in, 1 << 20);
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(string(in));
        }
        return values;
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] bytes = new byte[count(in, 1 << 24)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A count read back, checked so that a damaged file fails as an exception, not as an OutOfMemoryError. */
    private static int count(DataInputStream in, int limit) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > limit) {
            throw new IOException("damaged cache: count " + count);
        }
        return count;
    }
}
