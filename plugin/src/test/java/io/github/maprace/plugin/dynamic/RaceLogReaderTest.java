package io.github.maprace.plugin.dynamic;

import io.github.maprace.agent.runtime.LogCodec;
import io.github.maprace.plugin.SourceLocator;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.SharedMap;
import io.github.maprace.plugin.rules.RuleCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RaceLogReaderTest {
    @TempDir
    Path base;

    private Path log;
    private RaceLogReader reader;

    @BeforeEach
    void createProject() throws IOException {
        Path main = base.resolve("src/main/java");
        Path test = base.resolve("src/test/java");
        write(main.resolve("com/acme/Cache.java"), "package com.acme; class Cache {}");
        write(test.resolve("com/acme/CacheTest.java"), "package com.acme; class CacheTest {}");
        reader = new RaceLogReader(new SourceLocator(base, List.of(main, test)));
        log = base.resolve("target/maprace/races.log");
        Files.createDirectories(log.getParent());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void site(StringBuilder r, String prefix, String cls, String method, String file, int line,
                             String op, boolean write) {
        LogCodec.field(r, prefix + "class", cls);
        LogCodec.field(r, prefix + "method", method);
        LogCodec.field(r, prefix + "file", file);
        LogCodec.field(r, prefix + "line", line);
        LogCodec.field(r, prefix + "op", op);
        LogCodec.field(r, prefix + "write", write);
    }

    /** A RACE record as the agent writes it. */
    private static String race(String id, boolean withAllocation) {
        StringBuilder r = LogCodec.record("RACE");
        LogCodec.field(r, "id", id);
        LogCodec.field(r, "kind", "DATA_RACE");
        LogCodec.field(r, "mapType", "java.util.HashMap");
        if (withAllocation) {
            site(r, "alloc.", "com.acme.Registry", "<init>", "Registry.java", 7, "new java.util.HashMap", false);
        }
        site(r, "cur.", "com.acme.Cache", "put", "Cache.java", 12, "put", true);
        LogCodec.field(r, "cur.thread", "worker\t1");
        LogCodec.field(r, "cur.stack", "com.acme.Cache.put(Cache.java:12)\njava.lang.Thread.run(Thread.java:840)");
        site(r, "prev.", "com.acme.CacheTest$1", "run", "CacheTest.java", 30, "get", false);
        LogCodec.field(r, "prev.thread", "main");
        LogCodec.field(r, "test", "com.acme.CacheTest#putsConcurrently");
        return r.toString();
    }

    /** A RACE record whose current access is at {@code line} of Cache.java (another pair of sites). */
    private static String raceAt(String id, boolean withAllocation, int line) {
        return race(id, withAllocation).replace("cur.line=12", "cur.line=" + line);
    }

    private static String count(String id, long n) {
        StringBuilder r = LogCodec.record("COUNT");
        LogCodec.field(r, "id", id);
        LogCodec.field(r, "n", n);
        return r.toString();
    }

    private static String agent(long errors, String first) {
        StringBuilder r = LogCodec.record("AGENT");
        LogCodec.field(r, "errors", errors);
        LogCodec.field(r, "first", first);
        LogCodec.field(r, "sites", 99);
        return r.toString();
    }

    private void writeLog(String... lines) throws IOException {
        Files.write(log, Arrays.asList(lines), StandardCharsets.UTF_8);
    }

    /** An ATOMICITY_VIOLATION record: the act at Cache.java:14 after the check at :12, both threads' checks. */
    private static String atomicity(boolean otherChecked) {
        StringBuilder r = LogCodec.record("RACE");
        LogCodec.field(r, "id", "a1");
        LogCodec.field(r, "kind", "ATOMICITY_VIOLATION");
        LogCodec.field(r, "mapType", "java.util.concurrent.ConcurrentHashMap");
        LogCodec.field(r, "key", "apple");
        site(r, "cur.", "com.acme.Cache", "add", "Cache.java", 14, "put", true);
        LogCodec.field(r, "cur.thread", "A");
        LogCodec.field(r, "cur.stack", "com.acme.Cache.add(Cache.java:14)");
        site(r, "check.", "com.acme.Cache", "add", "Cache.java", 12, "get", false);
        LogCodec.field(r, "check.thread", "A");
        LogCodec.field(r, "check.stack", "com.acme.Cache.add(Cache.java:12)");
        site(r, "prev.", "com.acme.Cache", "add", "Cache.java", 14, "put", true);
        LogCodec.field(r, "prev.thread", "B");
        LogCodec.field(r, "prev.stack", "com.acme.Cache.add(Cache.java:14)");
        if (otherChecked) {
            site(r, "prevcheck.", "com.acme.Cache", "add", "Cache.java", 12, "get", false);
            LogCodec.field(r, "prevcheck.thread", "B");
            LogCodec.field(r, "prevcheck.stack", "com.acme.Cache.add(Cache.java:12)");
        }
        LogCodec.field(r, "test", "com.acme.CacheTest#adds");
        return r.toString();
    }

    @Test
    void shouldGiveAnAtomicityViolationBothChecksWithTheirStacks() throws IOException {
        writeLog(atomicity(true), agent(0, ""));

        Finding f = reader.read(log).races().get(0);

        assertThat(f.ruleId()).isEqualTo("ATOMICITY_VIOLATION");
        assertThat(f.fix()).isEqualTo(RuleCatalog.fixOf("ATOMICITY_VIOLATION"));
        assertThat(f.location().line()).isEqualTo(14);
        assertThat(f.race().check()).satisfies(c -> {
            assertThat(c.operation()).isEqualTo("get");
            assertThat(c.thread()).isEqualTo("A");
            assertThat(c.location().line()).isEqualTo(12);
            assertThat(c.stack()).containsExactly("com.acme.Cache.add(Cache.java:12)");
        });
        assertThat(f.race().previousCheck().thread()).isEqualTo("B");
        assertThat(f.related()).extracting(l -> l.line()).containsExactly(14, 12, 12);
        assertThat(f.message()).contains("after its own get at src/main/java/com/acme/Cache.java:12");
    }

    @Test
    void shouldLeaveOutTheOtherCheckWhenTheWriteFollowedNone() throws IOException {
        writeLog(atomicity(false), agent(0, ""));

        Finding f = reader.read(log).races().get(0);

        assertThat(f.race().check()).isNotNull();
        assertThat(f.race().previousCheck()).isNull();
        assertThat(f.related()).hasSize(2);
        assertThat(f.message()).doesNotContain("after its own");
    }

    @Test
    void shouldLocateALockOrderInversionAtTheFirstProjectFrameOfEachEdge() throws IOException {
        StringBuilder r = LogCodec.record("RACE");
        LogCodec.field(r, "id", "l1");
        LogCodec.field(r, "kind", "LOCK_ORDER_INVERSION");
        LogCodec.field(r, "cur.outer", "a java.util.concurrent.locks.ReentrantLock");
        LogCodec.field(r, "cur.inner", "the monitor of a com.acme.Cache");
        LogCodec.field(r, "cur.thread", "teller-2");
        LogCodec.field(r, "cur.stack", "java.base/java.util.HashMap.get(HashMap.java:5)\n"
                + "com.acme.Cache.refund(Cache.java:40)\ncom.acme.CacheTest.lambda$1(CacheTest.java:9)");
        LogCodec.field(r, "prev.outer", "the monitor of a com.acme.Cache");
        LogCodec.field(r, "prev.inner", "a java.util.concurrent.locks.ReentrantLock");
        LogCodec.field(r, "prev.thread", "teller-1");
        LogCodec.field(r, "prev.stack", "com.acme.Cache.transfer(Cache.java:22)");
        LogCodec.field(r, "test", "com.acme.CacheTest#transfers");
        writeLog(r.toString(), agent(0, ""));

        Finding f = reader.read(log).races().get(0);

        assertThat(f.ruleId()).isEqualTo("LOCK_ORDER_INVERSION");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.location().uri()).isEqualTo("src/main/java/com/acme/Cache.java");
        assertThat(f.location().line()).isEqualTo(40);
        assertThat(f.related()).extracting(l -> l.uri() + ":" + l.line())
                .containsExactly("src/main/java/com/acme/Cache.java:22");
        assertThat(f.race().current().thread()).isEqualTo("teller-2");
        assertThat(f.race().current().stack()).hasSize(3);
        assertThat(f.message()).contains("took the monitor of a com.acme.Cache while holding a java.util.concurrent.locks.ReentrantLock")
                .contains("opposite order at src/main/java/com/acme/Cache.java:22");
        assertThat(f.fix()).isEqualTo(RuleCatalog.fixOf("LOCK_ORDER_INVERSION"));
    }

    @Test
    void shouldNameWhereALockUpgradeTookTheReadLockItStillHolds() throws IOException {
        StringBuilder r = LogCodec.record("RACE");
        LogCodec.field(r, "id", "u1");
        LogCodec.field(r, "kind", "LOCK_UPGRADE");
        LogCodec.field(r, "blocking", true);
        LogCodec.field(r, "message", "maprace: LOCK_UPGRADE: ...");
        LogCodec.field(r, "cur.thread", "main");
        LogCodec.field(r, "cur.stack", "com.acme.Cache.refresh(Cache.java:24)");
        site(r, "read.", "com.acme.Cache", "refresh", "Cache.java", 18, "lock", false);
        LogCodec.field(r, "test", "com.acme.CacheTest#refreshes");
        writeLog(r.toString(), agent(0, ""));

        Finding f = reader.read(log).races().get(0);

        assertThat(f.location().line()).isEqualTo(24);
        assertThat(f.related()).extracting(l -> l.line()).containsExactly(18);
        assertThat(f.race().previous().role()).isEqualTo("Read lock taken");
        assertThat(f.race().previous().stack()).containsExactly("com.acme.Cache.refresh(Cache.java:18)");
        assertThat(f.message()).contains("(taken at src/main/java/com/acme/Cache.java:18) and asks for its write lock "
                + "at src/main/java/com/acme/Cache.java:24");
    }

    @Test
    void shouldLocateALeakedThreadAtTheProjectLineThatStartedIt() throws IOException {
        StringBuilder r = LogCodec.record("RACE");
        LogCodec.field(r, "id", "t1");
        LogCodec.field(r, "kind", "LEAKED_THREAD");
        LogCodec.field(r, "daemon", false);
        LogCodec.field(r, "cur.thread", "pool-1-thread-1");
        LogCodec.field(r, "cur.stack", "java.base/java.lang.Thread.start(Thread.java:1526)\n"
                + "java.base/java.util.concurrent.ThreadPoolExecutor.addWorker(ThreadPoolExecutor.java:945)\n"
                + "com.acme.Cache.warmUp(Cache.java:31)\ncom.acme.CacheTest.warms(CacheTest.java:9)");
        LogCodec.field(r, "test", "com.acme.CacheTest#warms");
        writeLog(r.toString(), agent(0, ""));

        Finding f = reader.read(log).races().get(0);

        assertThat(f.ruleId()).isEqualTo("LEAKED_THREAD");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.location().uri()).isEqualTo("src/main/java/com/acme/Cache.java");
        assertThat(f.location().line()).isEqualTo(31);
        assertThat(f.race().current().role()).isEqualTo("Thread started");
        assertThat(f.race().current().stack()).hasSize(4);
        assertThat(f.race().previous()).isNull();
        assertThat(f.race().test()).isEqualTo("com.acme.CacheTest#warms");
        assertThat(f.message()).contains("test com.acme.CacheTest#warms started thread \"pool-1-thread-1\"")
                .contains("keeps the test JVM from exiting");
        assertThat(f.fix()).isEqualTo(RuleCatalog.fixOf("LEAKED_THREAD"));
    }

    @Test
    void shouldKeepApartFindingsKnownByTheirStacksOnly() throws IOException {
        StringBuilder a = LogCodec.record("RACE");
        LogCodec.field(a, "id", "t1");
        LogCodec.field(a, "kind", "LEAKED_THREAD");
        LogCodec.field(a, "cur.thread", "Thread-1");
        LogCodec.field(a, "cur.stack", "com.acme.CacheTest.a(CacheTest.java:9)");
        LogCodec.field(a, "test", "com.acme.CacheTest#a");
        String b = a.toString().replace("id=t1", "id=t2").replace("CacheTest.java:9", "CacheTest.java:19")
                .replace("test=com.acme.CacheTest#a", "test=com.acme.CacheTest#b");
        writeLog(a.toString(), b, agent(0, ""));

        assertThat(reader.read(log).races()).extracting(f -> f.location().line()).containsExactlyInAnyOrder(9, 19);
    }

    @Test
    void shouldNameTheTestThatLeakedAThreadOfARace() throws IOException {
        String leaked = race("1a", false).replace("prev.thread=main", "prev.thread=poller")
                .replace("\ttest=", "\tprev.leakedFrom=com.acme.PollerTest#polls\ttest=");
        writeLog(leaked, agent(0, ""));

        Finding f = reader.read(log).races().get(0);

        assertThat(f.race().previous().thread()).isEqualTo("poller (leaked by com.acme.PollerTest#polls)");
        assertThat(f.race().current().thread()).isEqualTo("worker\t1");
        assertThat(f.message()).contains("Thread \"poller\" was started by test com.acme.PollerTest#polls, "
                + "which ended without stopping it");
    }

    @Test
    void shouldMergeTheCoverageOfOneAllocationSiteFromTwoTestJvms() throws IOException {
        write(base.resolve("src/main/java/com/acme/Registry.java"), "package com.acme; class Registry {}");
        StringBuilder a = LogCodec.record("COVERAGE");
        site(a, "alloc.", "com.acme.Registry", "<init>", "Registry.java", 7, "new java.util.HashMap", false);
        LogCodec.field(a, "alloc.field", "Registry.entries");
        LogCodec.field(a, "exercised", false);
        LogCodec.field(a, "tests", "");
        LogCodec.field(a, "accesses", "com.acme.Registry.put(Registry.java:12)");
        String b = a.toString().replace("exercised=false", "exercised=true")
                .replace("tests=", "tests=com.acme.RegistryTest#a\\ncom.acme.RegistryTest#b");
        writeLog(a.toString(), b, agent(0, ""), agent(0, "") + "\ttestsSeen=3");

        RaceLogReader.Result result = reader.read(log);
        List<SharedMap> coverage = result.coverage();

        assertThat(result.coverageMeasured()).isTrue();
        assertThat(coverage).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Registry.entries");
            assertThat(m.fieldName()).isEqualTo("entries");
            assertThat(m.location().uri()).isEqualTo("src/main/java/com/acme/Registry.java");
            assertThat(m.location().line()).isEqualTo(7);
            assertThat(m.exercised()).isTrue();
            assertThat(m.tests()).containsExactly("com.acme.RegistryTest#a", "com.acme.RegistryTest#b");
            assertThat(m.accesses()).extracting(l -> l.line()).containsExactly(12);
        });
    }

    @Test
    void shouldNotKnowTheCoverageWhenNoTestJvmNamedItsTests() throws IOException {
        writeLog(agent(0, ""), agent(0, "") + "\ttestsSeen=0");

        assertThat(reader.read(log).coverageMeasured()).isFalse();
    }

    @Test
    void shouldTurnARaceRecordIntoADataRaceFinding() throws IOException {
        writeLog(race("1a", true), count("1a", 5), agent(0, ""));

        RaceLogReader.Result result = reader.read(log);

        assertThat(result.races()).hasSize(1);
        Finding f = result.races().get(0);
        assertThat(f.ruleId()).isEqualTo("DATA_RACE");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.origin()).isEqualTo(Origin.DYNAMIC);
        assertThat(f.fix()).isEqualTo(RaceFindings.RACE_FIX);
        assertThat(f.location().uri()).isEqualTo("src/main/java/com/acme/Cache.java");
        assertThat(f.location().line()).isEqualTo(12);
        assertThat(f.location().description()).isEqualTo("write (put) by thread \"worker\t1\"");
    }

    @Test
    void shouldRelateThePreviousAccessAndThenTheAllocation() throws IOException {
        writeLog(race("1a", true));

        Finding f = reader.read(log).races().get(0);

        assertThat(f.related()).hasSize(2);
        Location previous = f.related().get(0);
        assertThat(previous.uri()).as("nested class found in the second root")
                .isEqualTo("src/test/java/com/acme/CacheTest.java");
        assertThat(previous.line()).isEqualTo(30);
        assertThat(previous.description()).isEqualTo("read (get) by thread \"main\"");
        Location allocation = f.related().get(1);
        assertThat(allocation.uri()).as("no source: the package path").isEqualTo("com/acme/Registry.java");
        assertThat(allocation.line()).isEqualTo(7);
        assertThat(allocation.description()).isEqualTo("map created here");
    }

    @Test
    void shouldFillTheRaceDetails() throws IOException {
        writeLog(race("1a", true), count("1a", 5));

        Finding f = reader.read(log).races().get(0);

        assertThat(f.race()).isNotNull();
        assertThat(f.race().occurrences()).isEqualTo(5);
        assertThat(f.race().mapType()).isEqualTo("java.util.HashMap");
        assertThat(f.race().test()).isEqualTo("com.acme.CacheTest#putsConcurrently");
        assertThat(f.race().current().operation()).isEqualTo("put");
        assertThat(f.race().current().write()).isTrue();
        assertThat(f.race().current().thread()).isEqualTo("worker\t1");
        assertThat(f.race().current().stack()).containsExactly("com.acme.Cache.put(Cache.java:12)",
                "java.lang.Thread.run(Thread.java:840)");
        assertThat(f.race().previous().operation()).isEqualTo("get");
        assertThat(f.race().previous().write()).isFalse();
        assertThat(f.race().previous().stack()).isEmpty();
        assertThat(f.race().mapAllocation()).isEqualTo(f.related().get(1));
    }

    @Test
    void shouldDescribeBothAccessesAndTheTestInTheMessage() throws IOException {
        writeLog(race("1a", true));

        String message = reader.read(log).races().get(0).message();

        assertThat(message).startsWith("Data race on java.util.HashMap (created at com/acme/Registry.java:7)")
                .contains("put at src/main/java/com/acme/Cache.java:12 by thread \"worker\t1\"")
                .contains("get at src/test/java/com/acme/CacheTest.java:30 by thread \"main\"")
                .endsWith("(test com.acme.CacheTest#putsConcurrently).");
    }

    @Test
    void shouldExplainAGetThatWasJudgedAsAWrite() throws IOException {
        writeLog(race("1a", true).replace("\tprev.write=false", "\tprev.write=true"),
                raceAt("2b", true, 13));

        List<Finding> races = reader.read(log).races();

        assertThat(races.get(0).message()).contains("get at src/test/java/com/acme/CacheTest.java:30 by thread "
                + "\"main\" (a write: get moves the entry of an access-ordered LinkedHashMap");
        assertThat(races.get(1).message()).doesNotContain("access-ordered");
    }

    @Test
    void shouldSumWhatThePerturbationOfEachTestJvmDid() throws IOException {
        StringBuilder first = LogCodec.record("PERTURB");
        LogCodec.field(first, "seed", 77);
        LogCodec.field(first, "delays", 3);
        LogCodec.field(first, "millis", 20);
        LogCodec.field(first, "skipped", 1);
        LogCodec.field(first, "sites", 2);
        String second = first.toString().replace("delays=3", "delays=4").replace("millis=20", "millis=30");
        String cut = first.toString().replace("\tsites=2", ""); // a JVM killed while writing it

        writeLog(first.toString(), second, cut);

        RaceLogReader.PerturbationStats p = reader.read(log).agent().perturbation();
        assertThat(p).isEqualTo(new RaceLogReader.PerturbationStats(77, 7, 50, 2));
        assertThat(p.describe()).contains("seed 77").contains("7 delays").contains("-Dmaprace.seed=77");
    }

    @Test
    void shouldReportNoPerturbationWhenTheAgentDidNotPerturb() throws IOException {
        writeLog(race("1a", true));
        assertThat(reader.read(log).agent().perturbation()).isNull();
    }

    @Test
    void shouldReportOneRaceForTwoPairsOfOperationsOnTheSameLinesAndCountBoth() throws IOException {
        // line 12 is map.put(k, map.get(k) + 1): put/get in one run, put/put in the next, both in a third
        String putPut = race("2b", true).replace("prev.op=get", "prev.op=put").replace("prev.write=false",
                "prev.write=true");
        writeLog(putPut, race("1a", true), count("1a", 3), count("2b", 2));

        List<Finding> races = reader.read(log).races();

        assertThat(races).hasSize(1);
        assertThat(races.get(0).race().occurrences()).isEqualTo(5);
        // the same record describes it whichever was written first
        writeLog(race("1a", true), putPut);
        assertThat(reader.read(log).races().get(0).message()).isEqualTo(races.get(0).message());
    }

    @Test
    void shouldKeepRacesOnOtherMapsOrOtherLinesApart() throws IOException {
        writeLog(race("1a", true), raceAt("2b", true, 13),
                race("3c", true).replace("alloc.line=7", "alloc.line=8"));

        assertThat(reader.read(log).races()).hasSize(3);
    }

    @Test
    void shouldReportOneAtomicityViolationPerCheckAndActWhateverWriteGotIn() throws IOException {
        // another run: the other thread's write came from a remove at line 20
        String otherWrite = atomicity(false).replace("id=a1", "id=a2").replace("prev.line=14", "prev.line=20")
                .replace("prev.op=put", "prev.op=remove");
        writeLog(atomicity(true), otherWrite);

        List<Finding> found = reader.read(log).races();

        assertThat(found).hasSize(1);
        assertThat(found.get(0).race().occurrences()).isEqualTo(2);
    }

    @Test
    void shouldRelateOnlyThePreviousAccessWhenTheAllocationIsUnknown() throws IOException {
        writeLog(race("2b", false));

        Finding f = reader.read(log).races().get(0);

        assertThat(f.related()).hasSize(1);
        assertThat(f.race().mapAllocation()).isNull();
        assertThat(f.message()).doesNotContain("created at");
    }

    @Test
    void shouldCountARaceWithoutCountRecordOnce() throws IOException {
        writeLog(race("1a", true), raceAt("2b", false, 13), count("2b", 3));

        List<Finding> races = reader.read(log).races();

        assertThat(races).extracting(f -> f.race().occurrences()).containsExactly(1L, 3L);
    }

    @Test
    void shouldReadTheAgentStatus() throws IOException {
        writeLog(race("1a", true), agent(2, "java.lang.IllegalStateException: x\nsecond"));

        RaceLogReader.Result result = reader.read(log);

        assertThat(result.agent().errors()).isEqualTo(2);
        assertThat(result.agent().firstErrors()).isEqualTo("java.lang.IllegalStateException: x\nsecond");
    }

    @Test
    void shouldMergeTheSameRaceFoundByTwoTestJvmsAndSumTheirAgentStatus() throws IOException {
        // two Surefire forks appended to one log: their ids differ, their sites do not
        writeLog(race("p1-1a", true), count("p1-1a", 3), agent(1, "java.lang.IllegalStateException: x"),
                race("p2-9f", true), count("p2-9f", 4), agent(2, "java.lang.IllegalStateException: y"));

        RaceLogReader.Result result = reader.read(log);

        assertThat(result.races()).hasSize(1);
        assertThat(result.races().get(0).race().occurrences()).isEqualTo(7);
        assertThat(result.agent().errors()).isEqualTo(3);
        assertThat(result.agent().firstErrors()).isEqualTo("java.lang.IllegalStateException: x");
    }

    @Test
    void shouldKeepTheDetectorMemoryOfTheTestJvmThatRetainedMost() throws IOException {
        StringBuilder small = LogCodec.record("AGENT");
        LogCodec.field(small, "errors", 0);
        LogCodec.field(small, "threads", 40);
        LogCodec.field(small, "shadowsPeak", 10_000);
        LogCodec.field(small, "syncClocksPeak", 50);
        LogCodec.field(small, "historyStacks", 300);
        LogCodec.field(small, "historyBytes", 2_000_000);
        StringBuilder large = LogCodec.record("AGENT");
        LogCodec.field(large, "errors", 0);
        LogCodec.field(large, "threads", 9_000);
        LogCodec.field(large, "threadsStarted", 12_000);
        LogCodec.field(large, "shadowsPeak", 2_000);
        LogCodec.field(large, "syncClocksPeak", 9_000);
        LogCodec.field(large, "historyStacks", 800);
        LogCodec.field(large, "historyBytes", 5_000_000);
        writeLog(small.toString(), large.toString());

        RaceLogReader.DetectorMemory m = reader.read(log).agent().memory();

        assertThat(m).isEqualTo(new RaceLogReader.DetectorMemory(10_000, 9_000, 800, 5_000_000, 9_000, 12_000));
        assertThat(m.describe()).isEqualTo("up to 10,000 tracked maps at once (~1.1 MB of shadows), 9,000 sync "
                + "objects with clocks of up to 9,000 entries, one per thread slot (at most ~324.0 MB; 12,000 threads "
                + "seen), 800 distinct history stacks (~5.0 MB)");
        writeLog(race("1a", true));
        assertThat(reader.read(log).agent().memory()).isNull();
    }

    @Test
    void shouldKeepRacesOfDifferentSitesApartWhateverTheirIds() throws IOException {
        writeLog(race("p1-1a", true), raceAt("p1-1a", true, 13));

        assertThat(reader.read(log).races()).hasSize(1); // the same id: the later record replaces it
        writeLog(race("p1-1a", true), raceAt("p2-1a", true, 13));

        assertThat(reader.read(log).races()).hasSize(2);
    }

    @Test
    void shouldReadAMissingFileAsNoRaces() throws IOException {
        RaceLogReader.Result result = reader.read(base.resolve("target/maprace/nothing-here.log"));

        assertThat(result.races()).isEmpty();
        assertThat(result.agent().errors()).isZero();
    }

    @Test
    void shouldReadAnEmptyFileAsNoRaces() throws IOException {
        Files.write(log, new byte[0]);

        assertThat(reader.read(log).races()).isEmpty();
    }

    @Test
    void shouldIgnoreBlankLinesAndUnknownRecords() throws IOException {
        writeLog("", "FUTURE\tx=1", race("1a", true), "   ");

        assertThat(reader.read(log).races()).hasSize(1);
    }

    @Test
    void shouldKeepTheCompleteRecordsOfALogCutShort() throws IOException {
        String complete = race("1a", true);
        String cut = race("2b", false);
        Files.writeString(log, complete + "\n" + count("1a", 4) + "\n" + cut.substring(0, cut.length() / 2),
                StandardCharsets.UTF_8);

        List<Finding> races = reader.read(log).races();

        assertThat(races).isNotEmpty();
        Finding first = races.get(0);
        assertThat(first.location().uri()).isEqualTo("src/main/java/com/acme/Cache.java");
        assertThat(first.race().occurrences()).isEqualTo(4);
    }

    @Test
    void shouldDropTheRaceRecordALogWasCutShortIn() throws IOException {
        String cut = race("2b", false);
        Files.writeString(log, race("1a", true) + "\n" + cut.substring(0, cut.indexOf("\tprev.")),
                StandardCharsets.UTF_8);

        List<Finding> races = reader.read(log).races();

        assertThat(races).singleElement().satisfies(f -> assertThat(f.related()).hasSize(2));
    }

    @Test
    void shouldTolerateALogCutShortInsideACountRecord() throws IOException {
        Files.writeString(log, race("1a", true) + "\nCOUNT\tid=1a\tn=", StandardCharsets.UTF_8);

        List<Finding> races = reader.read(log).races();

        assertThat(races).singleElement().satisfies(f -> assertThat(f.race().occurrences()).isEqualTo(1));
    }

    @Test
    void shouldKeepTheCompleteRecordsOfALogCutInsideAMultiByteCharacter() throws IOException {
        StringBuilder r = LogCodec.record("RACE");
        LogCodec.field(r, "id", "3c");
        LogCodec.field(r, "cur.thread", "wörker-ü");
        byte[] complete = (race("1a", true) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] partial = r.toString().getBytes(StandardCharsets.UTF_8);
        int cut = r.toString().indexOf('ö') + 1; // after the first byte of the two-byte 'ö'
        byte[] file = Arrays.copyOf(complete, complete.length + cut);
        System.arraycopy(partial, 0, file, complete.length, cut);
        Files.write(log, file);

        List<Finding> races = reader.read(log).races();

        assertThat(races).extracting(f -> f.location().line()).contains(12);
    }

    @Test
    void shouldReportTheRacesInLogOrder() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(raceAt("id" + i, i % 2 == 0, 20 + i));
        }
        writeLog(lines.toArray(String[]::new));

        assertThat(reader.read(log).races()).extracting(f -> f.related().size()).containsExactly(2, 1, 2, 1, 2);
    }
}
