package io.github.maprace.plugin.model;

import java.util.Locale;

/**
 * How serious a finding is. The names match SARIF's {@code level} values so that the SARIF writer
 * and the {@code failOnSeverity} parameter speak the same words.
 */
public enum Severity {
    /** A bug that corrupts data or loses updates under concurrency. */
    ERROR,
    /** A likely bug, or a bug whose impact depends on how the code is used. */
    WARNING,
    /** Worth a look; rarely a bug on its own. */
    NOTE;

    /** The lower-case SARIF level, e.g. {@code error}. */
    public String level() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /**
     * Parses {@code error}, {@code warning} or {@code note} (any case).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.level().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or note)");
    }
}
