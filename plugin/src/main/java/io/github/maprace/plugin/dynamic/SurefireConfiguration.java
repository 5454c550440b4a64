package io.github.maprace.plugin.dynamic;

import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The project's Surefire configuration, as Maven merged it for an execution, with what the audit
 * adds: the agent in front of {@code argLine}, the maprace JUnit listener on the test classpath,
 * reports under maprace's output directory, and the audit's own overrides when the user set them.
 * Everything else (system properties, environment, includes, forks, providers, ...) stays as the
 * user wrote it, so the tests run as under {@code mvn test}.
 */
public final class SurefireConfiguration {
    /**
     * What the audit changes.
     *
     * @param agentArgument    {@code -javaagent:...}
     * @param listenerJar      the maprace JUnit Platform listener jar
     * @param reportsDirectory where this run's Surefire reports go
     * @param jvmArgs          maprace's extra JVM arguments, appended to {@code argLine}
     * @param jvm              the java executable, or null for Surefire's own choice
     * @param includes         test includes replacing Surefire's, or empty
     * @param excludes         test excludes replacing Surefire's, or empty
     */
    public record Changes(String agentArgument, Path listenerJar, Path reportsDirectory, List<String> jvmArgs,
                          Path jvm, List<String> includes, List<String> excludes) {
        public Changes {
            jvmArgs = List.copyOf(jvmArgs);
            includes = List.copyOf(includes);
            excludes = List.copyOf(excludes);
        }
    }

    private SurefireConfiguration() {
    }

    /**
     * The configuration to run under the audit.
     *
     * @param merged    the execution's configuration as Maven merged it (not changed)
     * @param evaluator evaluates {@code ${...}} expressions as Maven would for the execution; null
     *                  when an expression is undefined
     * @param warnings  receives what the audit had to change beyond adding itself
     */
    public static Xpp3Dom forAudit(Xpp3Dom merged, UnaryOperator<String> evaluator, Changes c, List<String> warnings) {
        Xpp3Dom dom = merged == null ? new Xpp3Dom("configuration") : new Xpp3Dom(merged);
        set(dom, "argLine", argLine(c, withoutUndefined(value(dom, "argLine", evaluator), warnings)));
        addClasspathElement(dom, c.listenerJar().toString(), evaluator);
        set(dom, "reportsDirectory", c.reportsDirectory().toString());
        if (c.jvm() != null) {
            set(dom, "jvm", c.jvm().toString());
        }
        if (!c.includes().isEmpty()) {
            list(dom, "includes", "include", c.includes());
        }
        if (!c.excludes().isEmpty()) {
            list(dom, "excludes", "exclude", c.excludes());
        }
        if ("0".equals(trim(value(dom, "forkCount", evaluator)))) {
            // no fork: the tests would run in Maven's JVM, where no agent can be attached
            set(dom, "forkCount", "1");
            warnings.add("Surefire's forkCount=0 runs the tests inside Maven's JVM, where the race detector cannot "
                    + "be attached; the audit runs them in one forked JVM (forkCount=1)");
        }
        if ("true".equals(trim(value(dom, "disableXmlReport", evaluator)))) {
            set(dom, "disableXmlReport", "false"); // the audit counts the tests from the XML reports
        }
        return dom;
    }

    /** {@code agent userArgLine jvmArgs}: the user's part keeps any {@code @{...}} for Surefire to replace. */
    static String argLine(Changes c, String userArgLine) {
        StringBuilder sb = new StringBuilder(c.agentArgument());
        if (userArgLine != null && !userArgLine.isBlank()) {
            sb.append(' ').append(userArgLine.trim());
        }
        for (String a : c.jvmArgs()) {
            sb.append(' ').append(a.contains(" ") ? '"' + a + '"' : a);
        }
        return sb.toString();
    }

    /**
     * The user's argLine without {@code ${...}} references that nothing defines. Under
     * {@code mvn test} a plugin bound to a later phase than the audit's {@code test-compile}
     * usually defines them (JaCoCo's prepare-agent sets {@code argLine} in
     * {@code process-test-classes}); left in, the JVM would take {@code ${argLine}} for its main class.
     */
    static String withoutUndefined(String argLine, List<String> warnings) {
        if (argLine == null || !argLine.contains("${")) {
            return argLine;
        }
        java.util.regex.Matcher m = UNDEFINED.matcher(argLine);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group());
        }
        if (names.isEmpty()) {
            return argLine;
        }
        warnings.add("Surefire's argLine refers to " + String.join(", ", names) + ", which nothing defines at this "
                + "point of the build (under mvn test a plugin of a later phase, such as JaCoCo's prepare-agent, "
                + "usually sets it); the audit leaves it out");
        return UNDEFINED.matcher(argLine).replaceAll("").trim().replaceAll("\\s+", " ");
    }

    // Surefire replaces its own fork and thread numbers in argLine itself
    private static final java.util.regex.Pattern UNDEFINED =
            java.util.regex.Pattern.compile("\\$\\{(?!surefire\\.(forkNumber|threadNumber)})[^}]+}");

    /** The parameter's value (or its default), evaluated; null when absent or undefined. */
    static String value(Xpp3Dom dom, String name, UnaryOperator<String> evaluator) {
        Xpp3Dom child = dom.getChild(name);
        if (child == null) {
            return null;
        }
        String raw = child.getValue() != null ? child.getValue() : child.getAttribute("default-value");
        return raw == null ? null : evaluator.apply(raw);
    }

    private static void addClasspathElement(Xpp3Dom dom, String element, UnaryOperator<String> evaluator) {
        Xpp3Dom list = dom.getChild("additionalClasspathElements");
        List<String> elements = new ArrayList<>();
        if (list != null && list.getChildCount() > 0) {
            for (Xpp3Dom e : list.getChildren()) {
                String v = e.getValue() == null ? null : evaluator.apply(e.getValue());
                if (v != null && !v.isBlank()) {
                    elements.add(v.trim());
                }
            }
        } else {
            // a bare value is the maven.test.additionalClasspath property: comma-separated
            String v = value(dom, "additionalClasspathElements", evaluator);
            if (v != null) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        elements.add(part.trim());
                    }
                }
            }
        }
        if (!elements.contains(element)) {
            elements.add(element);
        }
        list(dom, "additionalClasspathElements", "additionalClasspathElement", elements);
    }

    private static void set(Xpp3Dom dom, String name, String value) {
        remove(dom, name);
        Xpp3Dom child = new Xpp3Dom(name);
        child.setValue(value);
        dom.addChild(child);
    }

    private static void list(Xpp3Dom dom, String name, String itemName, List<String> items) {
        remove(dom, name);
        Xpp3Dom list = new Xpp3Dom(name);
        for (String item : items) {
            Xpp3Dom child = new Xpp3Dom(itemName);
            child.setValue(item);
            list.addChild(child);
        }
        dom.addChild(list);
    }

    private static void remove(Xpp3Dom dom, String name) {
        for (int i = dom.getChildCount() - 1; i >= 0; i--) {
            if (name.equals(dom.getChild(i).getName())) {
                dom.removeChild(i);
            }
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
