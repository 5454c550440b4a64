package io.github.maprace.plugin.model;

import java.util.List;

/**
 * One map the audit considers shared, and whether the tests exercised it concurrently: one test
 * wrote it while another thread used it (ordered or not). A row of the report's coverage table.
 *
 * @param name          {@code Feeds.LAST_SEEN} for a field, else where the map was created
 * @param location      the field's declaration, or the map's allocation site
 * @param sharedBecause why the audit considers it shared (the static pass's thread evidence, or
 *                      that the run saw two threads use it)
 * @param exercised     true when some test wrote it while another thread used it
 * @param tests         some of the tests that did (at most five per test JVM)
 * @param accesses      places the run saw two threads use it (may be empty)
 */
public record SharedMap(String name, Location location, String sharedBecause, boolean exercised, List<String> tests,
                        List<Location> accesses) {
    public SharedMap {
        tests = List.copyOf(tests);
        accesses = List.copyOf(accesses);
    }

    /** The field's name ({@code LAST_SEEN}), or empty when the map is known by its allocation site only. */
    public String fieldName() {
        return name.contains(" ") ? "" : name.substring(name.lastIndexOf('.') + 1);
    }
}
