package io.github.maprace.plugin.rules;

/**
 * What a branch of a check knows about the key: after {@code if (!m.containsKey(k))} the then
 * branch believes the key is {@link #ABSENT}. Chooses the replacement call a fix suggests.
 */
enum Presence {
    /** The branch runs when the check saw the key absent. */
    ABSENT,
    /** The branch runs when the check saw the key present. */
    PRESENT,
    /** The check's outcome is combined with something else, or is not a presence test. */
    UNKNOWN;

    /** The belief in the other branch. */
    Presence flip() {
        return switch (this) {
            case ABSENT -> PRESENT;
            case PRESENT -> ABSENT;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
