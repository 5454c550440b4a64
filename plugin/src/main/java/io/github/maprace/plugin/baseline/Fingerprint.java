package io.github.maprace.plugin.baseline;

import io.github.maprace.plugin.model.Access;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.RaceDetails;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The identity of a finding for baseline matching: rule id, file uri and a fingerprint that does
 * not depend on line numbers, so that an unrelated edit above a finding does not turn it into a
 * new one.
 *
 * <ul>
 *   <li>Static findings: the message with every stand-alone number (line numbers, counts)
 *       replaced by {@code #}.</li>
 *   <li>Dynamic findings with race details: the map type and the two accesses as
 *       {@code operation@uri}, sorted, because which of the two accesses is "current" depends on
 *       thread scheduling. The uri is the smaller of the two access uris for the same reason.
 *       Thread and test names are left out (thread pools number their threads).</li>
 * </ul>
 *
 * @param ruleId the rule id
 * @param uri    the file uri, relative to the project base directory
 * @param hash   hex SHA-256 (first 16 bytes) of the normalised text
 */
public record Fingerprint(String ruleId, String uri, String hash) {
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");

    /** The fingerprint of {@code finding}. */
    public static Fingerprint of(Finding finding) {
        RaceDetails race = finding.race();
        if (race != null && race.current() != null && race.current().location() != null) {
            List<String> sides = new ArrayList<>();
            List<String> uris = new ArrayList<>();
            for (Access a : new Access[] {race.current(), race.previous()}) {
                if (a != null && a.location() != null) {
                    sides.add(a.operation() + "@" + a.location().uri());
                    uris.add(a.location().uri());
                }
            }
            sides.sort(null);
            uris.sort(null);
            String text = "race\u0000" + race.mapType() + "\u0000" + String.join("\u0000", sides);
            return new Fingerprint(finding.ruleId(), uris.get(0), hash(finding.ruleId(), text));
        }
        String uri = finding.location().uri();
        return new Fingerprint(finding.ruleId(), uri, hash(finding.ruleId(), uri + "\u0000" + normalise(finding.message())));
    }

    /** The message with stand-alone numbers replaced by {@code #} and blanks collapsed. */
    static String normalise(String message) {
        return NUMBER.matcher(message == null ? "" : message).replaceAll("#").replaceAll("\\s+", " ").trim();
    }

    private static String hash(String ruleId, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((ruleId + "\u0000" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
