package io.github.maprace.plugin.baseline;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.report.AtomicFiles;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of accepted findings: a legacy project records what it has today and fails only on new
 * findings. Matching is by {@link Fingerprint} (rule id, file uri, line-independent fingerprint),
 * counted: a baseline entry absorbs one current finding.
 *
 * <p>File format ({@code maprace-baseline.xml}, version 1; the {@code line} and the text are for
 * people reading the file and are not used for matching):
 * <pre>{@code
 * <maprace-baseline version="1">
 *   <finding rule="DATA_RACE" uri="src/test/java/com/acme/CacheTest.java"
 *            fingerprint="0f3c..." line="23">Data race on java.util.HashMap: ...</finding>
 * </maprace-baseline>
 * }</pre>
 */
public final class Baseline {
    /** Bumped when the fingerprint or the file format changes incompatibly. */
    public static final String FORMAT_VERSION = "1";

    /** One accepted finding. */
    record Entry(Fingerprint fingerprint, int line, String message) {
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((Entry e) -> e.fingerprint().ruleId())
                .thenComparing(e -> e.fingerprint().uri())
                .thenComparing(e -> e.fingerprint().hash())
                .thenComparingInt(Entry::line));
        this.entries = List.copyOf(sorted);
    }

    /** A baseline that accepts exactly {@code findings}. */
    public static Baseline of(List<Finding> findings) {
        List<Entry> entries = new ArrayList<>();
        for (Finding f : findings) {
            entries.add(new Entry(Fingerprint.of(f), f.location().line(), f.message()));
        }
        return new Baseline(entries);
    }

    /** Number of accepted findings. */
    public int size() {
        return entries.size();
    }

    /**
     * For each of {@code findings}, in order, whether the baseline accepts it ({@code true}:
     * SARIF's {@code baselineState} {@code unchanged}) or it is new.
     */
    public List<Boolean> classify(List<Finding> findings) {
        Map<Fingerprint, Integer> remaining = new HashMap<>();
        for (Entry e : entries) {
            remaining.merge(e.fingerprint(), 1, Integer::sum);
        }
        List<Boolean> out = new ArrayList<>();
        for (Finding f : findings) {
            Fingerprint key = Fingerprint.of(f);
            int left = remaining.getOrDefault(key, 0);
            if (left > 0) {
                remaining.put(key, left - 1);
                out.add(true);
            } else {
                out.add(false);
            }
        }
        return out;
    }

    /** Writes the baseline file atomically (UTF-8, entries sorted: stable diffs in version control). */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            try {
                XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                xml.writeComment(" maprace baseline: findings accepted when it was written; only other findings fail "
                        + "the build. Regenerate with 'mvn verify -Dmaprace.writeBaseline=true' or 'mvn test-compile "
                        + "maprace:baseline'. ");
                xml.writeCharacters("\n");
                xml.writeStartElement("maprace-baseline");
                xml.writeAttribute("version", FORMAT_VERSION);
                for (Entry e : entries) {
                    xml.writeCharacters("\n  ");
                    xml.writeStartElement("finding");
                    xml.writeAttribute("rule", e.fingerprint().ruleId());
                    xml.writeAttribute("uri", e.fingerprint().uri());
                    xml.writeAttribute("fingerprint", e.fingerprint().hash());
                    xml.writeAttribute("line", Integer.toString(Math.max(0, e.line())));
                    xml.writeCharacters(xmlSafe(e.message()));
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n");
                xml.writeEndElement();
                xml.writeCharacters("\n");
                xml.writeEndDocument();
                xml.flush();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write the baseline " + file + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Reads a baseline file.
     *
     * @throws IOException when it cannot be read or is not a maprace baseline of a known version
     */
    public static Baseline read(Path file) throws IOException {
        Element root;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            root = builder.parse(in).getDocumentElement();
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("the baseline " + file + " is not readable XML: " + e.getMessage(), e);
        }
        if (!"maprace-baseline".equals(root.getTagName()) || !FORMAT_VERSION.equals(root.getAttribute("version"))) {
            throw new IOException("the baseline " + file + " is not a maprace baseline of version " + FORMAT_VERSION
                    + " (regenerate it with -Dmaprace.writeBaseline=true)");
        }
        List<Entry> entries = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("finding")) {
                int line;
                try {
                    line = Integer.parseInt(e.getAttribute("line").trim());
                } catch (NumberFormatException ex) {
                    line = 0;
                }
                entries.add(new Entry(new Fingerprint(e.getAttribute("rule"), e.getAttribute("uri"),
                        e.getAttribute("fingerprint")), line, e.getTextContent()));
            }
        }
        return new Baseline(entries);
    }

    private static String xmlSafe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            out.appendCodePoint(ok ? c : 0xFFFD);
        });
        return out.toString();
    }
}
