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
 * @param check          for an atomicity violation: the check ({@code get}/{@code containsKey}) that
 *                       {@code current}, the act, relied on; otherwise {@code null}
 * @param previousCheck  for an atomicity violation whose interleaved write was itself an act: the
 *                       other thread's check; otherwise {@code null}
 */
public record RaceDetails(Access current, Access previous, Location mapAllocation, String mapType,
                          String test, long occurrences, Access check, Access previousCheck) {
    public RaceDetails {
        test = test == null ? "" : test;
        mapType = mapType == null ? "" : mapType;
    }

    /** Details of a race (no checks). */
    public RaceDetails(Access current, Access previous, Location mapAllocation, String mapType, String test,
                       long occurrences) {
        this(current, previous, mapAllocation, mapType, test, occurrences, null, null);
    }
}
