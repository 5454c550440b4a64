package io.github.maprace.plugin.dynamic;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the user's {@code testIncludes}/{@code testExcludes} into class-name regular expressions
 * for the launcher. Accepts Surefire-style file patterns ({@code **&#47;*IT.java}) and class-name
 * globs ({@code com.acme.*Test}); {@code *} matches within one package segment, {@code **} across.
 */
public final class TestPatterns {
    private TestPatterns() {
    }

    /** The regular expressions for {@code patterns}. */
    public static List<String> toRegexes(List<String> patterns) {
        return patterns.stream().filter(p -> p != null && !p.isBlank()).map(TestPatterns::toRegex).toList();
    }

    /** The regular expression for one pattern. */
    public static String toRegex(String pattern) {
        String p = pattern.trim();
        if (p.endsWith(".java") || p.endsWith(".class")) {
            p = p.substring(0, p.lastIndexOf('.'));
        }
        p = p.replace('/', '.').replace('\\', '.');
        StringBuilder re = new StringBuilder("^");
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
                i++;
                if (i + 1 < p.length() && p.charAt(i + 1) == '.') {
                    i++;
                    re.append("(.*\\.)?");
                } else {
                    re.append(".*");
                }
            } else if (c == '*') {
                re.append("[^.]*");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.append('$').toString();
    }
}
