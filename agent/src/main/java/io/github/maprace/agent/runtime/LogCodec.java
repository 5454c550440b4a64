package io.github.maprace.agent.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The line format of the files the agent writes for the plugin ({@code races.log},
 * {@code tests.log}): one record per line, {@code TYPE<TAB>key=value<TAB>key=value...}, with tab,
 * newline, carriage return and backslash escaped in values. Both the writer (in the test JVM) and
 * the reader (in the plugin) use this class, so the format has one owner.
 */
public final class LogCodec {
    private LogCodec() {
    }

    /** Starts a record of the given type. */
    public static StringBuilder record(String type) {
        return new StringBuilder(128).append(type);
    }

    /** Appends {@code key=value} to a record. */
    public static StringBuilder field(StringBuilder record, String key, Object value) {
        record.append('\t').append(key).append('=');
        escape(record, value == null ? "" : String.valueOf(value));
        return record;
    }

    private static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    /** The record type of a line (text before the first tab). */
    public static String type(String line) {
        int tab = line.indexOf('\t');
        return tab < 0 ? line : line.substring(0, tab);
    }

    /** The fields of a line, in order. */
    public static Map<String, String> fields(String line) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] parts = line.split("\t", -1);
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0) {
                out.put(parts[i].substring(0, eq), unescape(parts[i].substring(eq + 1)));
            }
        }
        return out;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
