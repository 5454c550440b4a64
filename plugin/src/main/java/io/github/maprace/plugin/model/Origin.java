package io.github.maprace.plugin.model;

/** Which pass produced a finding. */
public enum Origin {
    /** The Spoon checklist over the sources. */
    STATIC,
    /** The happens-before race detector over a test run. */
    DYNAMIC
}
