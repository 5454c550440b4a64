package io.github.maprace.plugin.model;

import java.util.List;

/**
 * One side of a race: an access to a map seen at run time, or another event of a dynamic finding
 * that a thread made at a place with a stack (a lock acquisition, a thread start).
 *
 * @param operation the map method, e.g. {@code put}, or what the thread did
 * @param write     true when the operation writes the map
 * @param thread    the name of the thread that made it
 * @param location  where in the sources it was made
 * @param stack     the stack frames, innermost first (may be empty when not recorded)
 * @param role      what the event is in its finding, as the reports label it (e.g. {@code Opposite
 *                  order}, {@code Thread started}); empty for a plain read or write, which reports
 *                  label by {@link #kind()}
 */
public record Access(String operation, boolean write, String thread, Location location, List<String> stack,
                     String role) {
    public Access {
        stack = List.copyOf(stack);
        role = role == null ? "" : role;
    }

    /** A plain map access, labelled by its kind. */
    public Access(String operation, boolean write, String thread, Location location, List<String> stack) {
        this(operation, write, thread, location, stack, "");
    }

    /** {@code Write} or {@code Read}, as race reports print it. */
    public String kind() {
        return write ? "Write" : "Read";
    }

    /** This access at {@code newLocation}, everything else kept. */
    public Access at(Location newLocation) {
        return new Access(operation, write, thread, newLocation, stack, role);
    }
}
