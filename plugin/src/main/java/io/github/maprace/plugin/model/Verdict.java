package io.github.maprace.plugin.model;

import java.util.Locale;

/**
 * What a finding did to the build, decided by the failure policy ({@code failOnRace},
 * {@code failOnSeverity}) and the baseline, so that every report can say which findings failed it.
 */
public enum Verdict {
    /** The finding fails the build (unless the audit was told not to halt). */
    FAILS_BUILD,
    /** Reported only: below {@code failOnSeverity}, or a race with {@code failOnRace=false}. */
    REPORTED,
    /** The baseline accepted it: reported, never failing. */
    BASELINED;

    /** The XML attribute value, e.g. {@code fails-build}. */
    public String xmlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses an {@link #xmlName()}; empty or null is {@link #REPORTED} (reports written before
     * verdicts existed).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Verdict parse(String text) {
        if (text == null || text.isBlank()) {
            return REPORTED;
        }
        for (Verdict v : values()) {
            if (v.xmlName().equals(text.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + text + "' (expected fails-build, reported or baselined)");
    }
}
