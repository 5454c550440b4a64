package io.github.maprace.plugin.rules;

/**
 * What a map variable holds, as far as its declaration and the assignments to it tell. Decides
 * which lock, if any, makes a sequence of calls on it atomic.
 */
enum MapKind {
    /**
     * A {@code java.util.concurrent} map: single calls are atomic, and no lock a client can take
     * excludes the map's other users.
     */
    CONCURRENT,
    /**
     * {@code Collections.synchronizedMap(...)} and friends, and {@code Hashtable}: every method
     * locks the map object itself, so {@code synchronized (map)} makes a sequence atomic.
     */
    SELF_LOCKED,
    /** Anything else, including plain {@code HashMap} and maps we know nothing about. */
    OTHER;

    /** True for the kinds the atomicity rules are about. */
    boolean isThreadSafe() {
        return this != OTHER;
    }
}
