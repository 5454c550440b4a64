package io.github.maprace.plugin.model;

/**
 * What the race detector saw: the two unordered accesses, the map and the test.
 *
 * @param current        the access that found the race
 * @param previous       the earlier access it conflicts with
 * @param mapAllocation  where the map was created, or {@code null} when unknown
 * @param mapType        the runtime class of the map, e.g. {@code java.util.HashMap}
 * @param test           the JUnit unique id or {@code Class#method} of the running test, or empty
 * @param occurrences    how many times this pair of sites raced in the run
 */
public record RaceDetails(Access current, Access previous, Location mapAllocation, String mapType,
                          String test, long occurrences) {
    public RaceDetails {
        test = test == null ? "" : test;
        mapType = mapType == null ? "" : mapType;
    }
}
