package io.github.maprace.plugin.report;

import io.github.maprace.plugin.model.Access;
import io.github.maprace.plugin.model.Location;

import java.util.Locale;

/** Small text helpers shared by the writers, so that every format words things the same way. */
final class Texts {

    /** The dynamic rule ids the summaries count (ARCHITECTURE.md, "Dynamic result ids"). */
    static final String DATA_RACE = "DATA_RACE";
    static final String ATOMICITY_VIOLATION = "ATOMICITY_VIOLATION";

    private Texts() {
    }

    /** {@code uri:line}, or just {@code uri} when the line is unknown. */
    static String site(Location location) {
        if (location == null) {
            return "";
        }
        return location.line() > 0 ? location.uri() + ":" + location.line() : location.uri();
    }

    /** {@code 1 race}, {@code 2 races}: a count with its noun in the right number. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Never null: model records accept nulls in their optional text fields. */
    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** E.g. {@code Write (put)}, the way race reports name an access. */
    static String access(Access access) {
        return (access.role().isEmpty() ? access.kind() : access.role()) + " (" + orEmpty(access.operation()) + ")";
    }

    /** E.g. {@code Previous write (put)}: the earlier access of a race. */
    static String previousAccess(Access access) {
        return (access.role().isEmpty() ? "Previous " + access.kind().toLowerCase(Locale.ROOT) : access.role())
                + " (" + orEmpty(access.operation()) + ")";
    }

    /** The message followed by the fix, for formats with a single message field. */
    static String messageWithFix(String message, String fix) {
        if (fix == null || fix.isEmpty()) {
            return message;
        }
        String trimmed = message.strip();
        boolean sentenceEnds = trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?");
        return trimmed + (sentenceEnds ? " Fix: " : ". Fix: ") + fix;
    }

    /**
     * Replaces characters XML 1.0 cannot carry (most C0 controls, lone surrogates, U+FFFE/U+FFFF)
     * by U+FFFD. Thread names and test names come from user code and may contain anything; an
     * unparseable report would be worse than a replaced character.
     */
    static String xmlSafe(String text) {
        String s = orEmpty(text);
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : '\uFFFD');
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * Makes text safe for one log line: line breaks and other controls become visible escapes so
     * that a thread or test name cannot forge extra lines in the build log.
     */
    static String oneLine(String text) {
        String s = orEmpty(text);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
