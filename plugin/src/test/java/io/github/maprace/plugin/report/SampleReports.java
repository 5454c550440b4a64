package io.github.maprace.plugin.report;

import io.github.maprace.plugin.model.Access;
import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.RaceDetails;
import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.SharedMap;
import io.github.maprace.plugin.model.TestRunSummary;
import io.github.maprace.plugin.model.Verdict;

import java.util.List;

/** Reports the writer tests share: one race, one atomicity violation, two static findings. */
final class SampleReports {

    static final String CACHE_TEST = "src/test/java/com/acme/CacheTest.java";
    static final String CACHE = "src/main/java/com/acme/Cache.java";
    static final String TEST_ID = "[engine:junit-jupiter]/[class:com.acme.CacheTest]/[method:concurrentPuts()]";

    private SampleReports() {
    }

    static List<RuleInfo> rules() {
        return List.of(
                new RuleInfo("CHECK_THEN_ACT", "check-then-act on a concurrent map", Severity.ERROR,
                        "another thread can change the key between the check and the act", "use computeIfAbsent"),
                new RuleInfo("SHARED_UNSAFE_MAP", "shared non-thread-safe map", Severity.WARNING,
                        "HashMap is not thread-safe", "use ConcurrentHashMap"),
                new RuleInfo("DATA_RACE", "data race on a map", Severity.ERROR,
                        "unordered accesses corrupt the map", "guard it with a lock or use ConcurrentHashMap"),
                new RuleInfo("ATOMICITY_VIOLATION", "atomicity violation", Severity.ERROR,
                        "the key changed between check and act", "use compute/merge"));
    }

    static Finding race(String test, String thread1, String thread2) {
        Access current = new Access("put", true, thread1, Location.of(CACHE_TEST, 20),
                List.of("com.acme.CacheTest.lambda$0(CacheTest.java:20)", "java.base/java.lang.Thread.run(Thread.java:1583)"));
        Access previous = new Access("computeIfAbsent", true, thread2, Location.of(CACHE_TEST, 25),
                List.of("com.acme.CacheTest.lambda$1(CacheTest.java:25)"));
        Location allocation = Location.of(CACHE_TEST, 12);
        RaceDetails race = new RaceDetails(current, previous, allocation, "java.util.HashMap", test, 3);
        return new Finding("DATA_RACE", Severity.ERROR, Origin.DYNAMIC,
                "HashMap written by two threads with no happens-before order",
                "use ConcurrentHashMap", current.location(), List.of(previous.location(), allocation), race);
    }

    /** An atomicity violation at Cache.java:42 (the act) after the check at :40; the other thread checked too. */
    static Finding atomicity() {
        Access check = new Access("get", false, "A", Location.of(CACHE, 40), List.of("com.acme.Cache.add(Cache.java:40)"));
        Access act = new Access("put", true, "A", Location.of(CACHE, 42), List.of("com.acme.Cache.add(Cache.java:42)"));
        Access otherCheck = new Access("containsKey", false, "B", Location.of(CACHE, 40), List.of());
        Access write = new Access("put", true, "B", Location.of(CACHE, 42), List.of("com.acme.Cache.add(Cache.java:42)"));
        RaceDetails race = new RaceDetails(act, write, null, "java.util.concurrent.ConcurrentHashMap", TEST_ID, 1,
                check, otherCheck);
        return new Finding("ATOMICITY_VIOLATION", Severity.ERROR, Origin.DYNAMIC, "get then put, key changed between",
                "use computeIfAbsent", act.location(),
                List.of(write.location(), new Location(CACHE, 40, "get (the check)")), race);
    }

    static AuditReport typical() {
        return report(race(TEST_ID, "worker-1", "worker-2"));
    }

    static AuditReport report(Finding race) {
        Finding atomicity = new Finding("ATOMICITY_VIOLATION", Severity.ERROR, Origin.DYNAMIC,
                "containsKey then put on ConcurrentHashMap; key changed in between", "use putIfAbsent",
                Location.of(CACHE, 40), List.of(), null);
        Finding checkThenAct = Finding.ofStatic("CHECK_THEN_ACT", Severity.ERROR,
                "containsKey(k) then put(k, v) on field 'cache'", "cache.computeIfAbsent(k, f)", Location.of(CACHE, 30));
        Finding shared = new Finding("SHARED_UNSAFE_MAP", Severity.WARNING, Origin.STATIC,
                "HashMap field 'index' written outside construction", "use ConcurrentHashMap",
                Location.of(CACHE, 0), List.of(new Location(CACHE, 50, "written here")), null);
        List<SharedMap> coverage = List.of(
                new SharedMap("Cache.index", Location.of(CACHE, 12), "it submits tasks to an executor", true,
                        List.of(TEST_ID), List.of(Location.of(CACHE, 50), Location.of(CACHE, 52))),
                new SharedMap("Cache.stats", Location.of(CACHE, 13), "it is static", false, List.of(), List.of()));
        return new AuditReport("acme-cache", List.of(shared, race, checkThenAct, atomicity), rules(),
                new TestRunSummary(true, 7, 1, 2345, 0), List.of("could not parse src/main/java/Broken.java"),
                coverage);
    }

    /** {@link #typical()} judged: the race fails the build, the atomicity violation is in the baseline. */
    static AuditReport judged() {
        AuditReport typical = typical();
        return typical.withFindings(typical.findings().stream()
                .map(f -> f.withVerdict(f.ruleId().equals("DATA_RACE") ? Verdict.FAILS_BUILD
                        : f.ruleId().equals("ATOMICITY_VIOLATION") ? Verdict.BASELINED : Verdict.REPORTED))
                .toList());
    }

    static AuditReport empty() {
        return new AuditReport("empty", List.of(), rules(), TestRunSummary.NOT_RUN, List.of());
    }
}
