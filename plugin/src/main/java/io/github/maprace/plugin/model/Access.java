package io.github.maprace.plugin.model;

import java.util.List;

/**
 * One side of a race: an access to a map seen at run time.
 *
 * @param operation the map method, e.g. {@code put}
 * @param write     true when the operation writes the map
 * @param thread    the name of the thread that made it
 * @param location  where in the sources it was made
 * @param stack     the stack frames, innermost first (may be empty when not recorded)
 */
public record Access(String operation, boolean write, String thread, Location location, List<String> stack) {
    public Access {
        stack = List.copyOf(stack);
    }

    /** {@code Write} or {@code Read}, as race reports print it. */
    public String kind() {
        return write ? "Write" : "Read";
    }
}
