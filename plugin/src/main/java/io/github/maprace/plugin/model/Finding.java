package io.github.maprace.plugin.model;

import java.util.List;
import java.util.Objects;

/**
 * One result of the audit, static or dynamic.
 *
 * @param ruleId    a stable rule id (e.g. {@code CHECK_THEN_ACT}, {@code DATA_RACE})
 * @param severity  how serious it is
 * @param origin    which pass found it
 * @param message   what is wrong, naming the field or call and the evidence
 * @param fix       how to fix it: the replacement call or declaration
 * @param location  the flagged place (for a race: the current access)
 * @param related   other places: for a race the previous access and the map's allocation site
 * @param race      race details, or {@code null} for a static finding
 * @param verdict   what it did to the build ({@link Verdict#REPORTED} until the audit judged it)
 */
public record Finding(String ruleId, Severity severity, Origin origin, String message, String fix,
                      Location location, List<Location> related, RaceDetails race, Verdict verdict) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        fix = fix == null ? "" : fix;
        related = List.copyOf(related);
        verdict = verdict == null ? Verdict.REPORTED : verdict;
    }

    /** A finding the audit has not judged yet ({@link Verdict#REPORTED}). */
    public Finding(String ruleId, Severity severity, Origin origin, String message, String fix,
                   Location location, List<Location> related, RaceDetails race) {
        this(ruleId, severity, origin, message, fix, location, related, race, Verdict.REPORTED);
    }

    /** This finding with {@code verdict}. */
    public Finding withVerdict(Verdict verdict) {
        return new Finding(ruleId, severity, origin, message, fix, location, related, race, verdict);
    }

    /** A static finding with no related locations. */
    public static Finding ofStatic(String ruleId, Severity severity, String message, String fix, Location location) {
        return new Finding(ruleId, severity, Origin.STATIC, message, fix, location, List.of(), null);
    }
}
