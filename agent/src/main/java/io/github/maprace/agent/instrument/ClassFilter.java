package io.github.maprace.agent.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which classes get instrumented: by default every class outside the JDK, the build and test
 * tooling, and the agent itself; {@code includes} narrows that down and {@code excludes} removes
 * more. Globs use {@code *} for any run of characters, e.g. {@code com.acme.*}.
 */
public final class ClassFilter {
    /** Never instrumented, whatever the user includes: the JDK, tooling, and ourselves. */
    static final List<String> BUILT_IN_EXCLUDES = List.of(
            "java.", "javax.", "jdk.", "sun.", "com.sun.", "org.xml.", "org.w3c.", "org.ietf.",
            "io.github.maprace.agent.", "net.bytebuddy.", "org.junit.", "junit.", "org.opentest4j.", "org.testng.",
            "org.apiguardian.", "org.apache.maven.", "org.codehaus.plexus.", "org.jacoco.",
            "org.mockito.", "org.objenesis.", "org.assertj.", "org.hamcrest.", "kotlin.", "scala.");

    private final List<Pattern> includes;
    private final List<Pattern> excludes;

    /**
     * @param includes globs of class names to instrument; empty means all
     * @param excludes globs of class names not to instrument
     */
    public ClassFilter(List<String> includes, List<String> excludes) {
        this.includes = compile(includes);
        this.excludes = compile(excludes);
    }

    /** True when the class with this binary name should be instrumented. */
    public boolean instrument(String className) {
        for (String prefix : BUILT_IN_EXCLUDES) {
            if (className.startsWith(prefix)) {
                return false;
            }
        }
        if (className.contains("$$Lambda") || className.contains("$ByteBuddy$") || className.contains("$MockitoMock$")) {
            return false;
        }
        for (Pattern p : excludes) {
            if (p.matcher(className).matches()) {
                return false;
            }
        }
        if (includes.isEmpty()) {
            return true;
        }
        for (Pattern p : includes) {
            if (p.matcher(className).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> compile(List<String> globs) {
        List<Pattern> out = new ArrayList<>();
        for (String g : globs) {
            StringBuilder re = new StringBuilder();
            for (char c : g.toCharArray()) {
                re.append(c == '*' ? ".*" : Pattern.quote(String.valueOf(c)));
            }
            out.add(Pattern.compile(re.toString()));
        }
        return out;
    }
}
