package io.github.maprace.plugin.dynamic;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the {@code TEST-*.xml} files Surefire wrote for the audited run: what ran, failed and was
 * skipped, whatever the provider (JUnit 4, JUnit Platform, TestNG). A file cut short by a JVM that
 * died is read as far as it goes.
 */
public final class SurefireReports {
    /**
     * The counts.
     *
     * @param classes  report files (test classes) read
     * @param tests    test cases run
     * @param failed   test cases with a failure or an error
     * @param skipped  test cases skipped
     * @param failures one line per failed test: {@code Class#method: message}, sorted
     */
    public record Summary(int classes, long tests, long failed, long skipped, List<String> failures) {
        public Summary {
            failures = List.copyOf(failures);
        }

        /** Nothing read. */
        public static final Summary NONE = new Summary(0, 0, 0, 0, List.of());
    }

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private SurefireReports() {
    }

    /**
     * The report files in {@code dir}, sorted; not those of its subdirectories (TestNG writes a
     * second copy of each result into {@code junitreports/}).
     */
    public static List<Path> files(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "TEST-*.xml")) {
            for (Path p : entries) {
                if (Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** Reads the report files of the given directories (one per Surefire execution). */
    public static Summary read(Collection<Path> dirs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path d : dirs) {
            files.addAll(files(d));
        }
        return readFiles(files);
    }

    /** Reads the given report files. */
    public static Summary readFiles(List<Path> files) {
        long tests = 0;
        long failed = 0;
        long skipped = 0;
        Set<String> failures = new TreeSet<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                XMLStreamReader r = XML.createXMLStreamReader(in);
                String testCase = null;
                boolean caseFailed = false;
                boolean caseSkipped = false;
                try {
                    while (r.hasNext()) {
                        int event = r.next();
                        if (event == XMLStreamConstants.START_ELEMENT) {
                            switch (r.getLocalName()) {
                                case "testcase" -> {
                                    String cls = r.getAttributeValue(null, "classname");
                                    String name = r.getAttributeValue(null, "name");
                                    testCase = (cls == null ? "" : cls + "#") + (name == null ? "" : name);
                                    caseFailed = false;
                                    caseSkipped = false;
                                }
                                case "failure", "error" -> {
                                    if (testCase != null && !caseFailed) {
                                        caseFailed = true;
                                        String message = r.getAttributeValue(null, "message");
                                        String type = r.getAttributeValue(null, "type");
                                        failures.add(testCase + ": " + firstLine(type == null ? "" : type)
                                                + (message == null ? "" : ": " + firstLine(message)));
                                    }
                                }
                                case "skipped" -> caseSkipped = testCase != null;
                                default -> { }
                            }
                        } else if (event == XMLStreamConstants.END_ELEMENT && "testcase".equals(r.getLocalName())) {
                            tests++;
                            failed += caseFailed ? 1 : 0;
                            skipped += caseSkipped && !caseFailed ? 1 : 0;
                            testCase = null;
                        }
                    }
                } finally {
                    r.close();
                }
            } catch (IOException | XMLStreamException e) {
                // a report cut short: what was read counts
            }
        }
        return new Summary(files.size(), tests, failed, skipped, new ArrayList<>(failures));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
