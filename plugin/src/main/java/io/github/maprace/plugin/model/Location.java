package io.github.maprace.plugin.model;

import java.util.Objects;

/**
 * A place in the project's sources.
 *
 * @param uri         path relative to the project base directory, with forward slashes
 *                    (e.g. {@code src/main/java/com/acme/Cache.java}); may be a class name when the
 *                    source file is unknown
 * @param line        1-based line, or 0 when unknown
 * @param description what happens there (e.g. {@code put by thread "worker-1"}); may be empty
 */
public record Location(String uri, int line, String description) {
    public Location {
        Objects.requireNonNull(uri, "uri");
        description = description == null ? "" : description;
    }

    /** A location with no description. */
    public static Location of(String uri, int line) {
        return new Location(uri, line, "");
    }
}
