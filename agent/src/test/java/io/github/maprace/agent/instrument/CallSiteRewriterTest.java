package io.github.maprace.agent.instrument;

import io.github.maprace.agent.instrument.fixtures.MapShapes;
import io.github.maprace.agent.instrument.fixtures.MethodReferences;
import io.github.maprace.agent.instrument.fixtures.RacyPut;
import io.github.maprace.agent.instrument.fixtures.RacyReferencePut;
import io.github.maprace.agent.instrument.fixtures.SyncShapes;
import io.github.maprace.agent.instrument.fixtures.SynchronizedHandOffs;
import io.github.maprace.agent.instrument.fixtures.SynchronizedPut;
import io.github.maprace.agent.instrument.fixtures.ThreadShapes;
import io.github.maprace.agent.instrument.fixtures.ViewWrites;
import io.github.maprace.agent.runtime.AgentErrors;
import io.github.maprace.agent.runtime.LogCodec;
import io.github.maprace.agent.runtime.RaceLog;
import io.github.maprace.agent.runtime.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applies the agent's real rewriting to compiled fixtures in-process, loads them in a fresh class
 * loader (so the verifier checks the rewritten bytecode) and runs them next to the originals.
 */
class CallSiteRewriterTest {
    private static int sitesBefore;
    private static int sitesAfter;
    private static RewrittenClasses loader;

    @TempDir
    Path dir;

    @BeforeAll
    static void rewriteFixtures() {
        sitesBefore = Sites.count();
        loader = RewrittenClasses.ofFixtures();
        sitesAfter = Sites.count();
    }

    @BeforeEach
    void openLog() throws IOException {
        RaceLog.open(dir);
    }

    // --- helpers -------------------------------------------------------------------------------

    private static Class<?> rewritten(Class<?> original) throws ClassNotFoundException {
        Class<?> c = Class.forName(original.getName(), true, loader);
        assertThat(c.getClassLoader()).as("the rewritten class, not the original").isSameAs(loader);
        return c;
    }

    private static Object call(Class<?> type, String method) throws Exception {
        Object instance = type.getConstructor().newInstance();
        Method m = type.getMethod(method);
        try {
            return m.invoke(Modifier.isStatic(m.getModifiers()) ? null : instance);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw (Error) e.getCause();
        }
    }

    private static Stream<Arguments> fixtureMethods() {
        List<Arguments> out = new ArrayList<>();
        for (Class<?> type : List.of(MapShapes.class, SyncShapes.class, ThreadShapes.class, SynchronizedPut.class,
                SynchronizedHandOffs.class, MethodReferences.class)) {
            Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0)
                    .sorted(Comparator.comparing(Method::getName))
                    .forEach(m -> out.add(Arguments.of(type, m.getName())));
        }
        return out.stream();
    }

    private List<Map<String, String>> races() throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(RaceLog.FILE), StandardCharsets.UTF_8)) {
            if (LogCodec.type(line).equals("RACE")) {
                out.add(LogCodec.fields(line));
            }
        }
        return out;
    }

    /** The sites registered while rewriting, as their described fields. */
    private static List<Map<String, String>> registeredSites() {
        List<Map<String, String>> out = new ArrayList<>();
        for (int index = sitesBefore; index < sitesAfter; index++) {
            for (int writeBit = 0; writeBit < 2; writeBit++) {
                StringBuilder r = LogCodec.record("SITE");
                Sites.describe(r, "", (index << 4) | writeBit);
                out.add(LogCodec.fields(r.toString()));
            }
        }
        return out;
    }

    private static List<String> operationsIn(String className, String method) {
        return registeredSites().stream()
                .filter(s -> s.get("class").equals(className) && s.get("method").equals(method))
                .map(s -> s.get("op"))
                .distinct()
                .toList();
    }

    // --- tests ---------------------------------------------------------------------------------

    @Test
    void shouldRewriteEveryFixtureClassIncludingNestedAndAnonymousOnes() {
        assertThat(loader.names()).contains(MapShapes.class.getName(), ThreadShapes.Worker.class.getName(),
                RewrittenClasses.FIXTURES + ".CountingMap");
        assertThat(sitesAfter).as("sites registered by the rewriting").isGreaterThan(sitesBefore + 50);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("fixtureMethods")
    void shouldPassTheVerifierAndBehaveLikeTheOriginal(Class<?> fixture, String method) throws Exception {
        long errorsBefore = AgentErrors.count();
        Object expected = call(fixture, method);

        Object actual = call(rewritten(fixture), method);

        assertThat(String.valueOf(actual)).isEqualTo(String.valueOf(expected));
        assertThat(AgentErrors.count()).as("the runtime failed: %s", AgentErrors.first()).isEqualTo(errorsBefore);
    }

    @Test
    void shouldNotReportRacesInSingleThreadedOrSynchronizedFixtures() throws Exception {
        for (Class<?> type : List.of(MapShapes.class, SyncShapes.class, ThreadShapes.class, SynchronizedPut.class,
                SynchronizedHandOffs.class)) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0) {
                    call(rewritten(type), m.getName());
                }
            }
        }

        assertThat(races()).isEmpty();
    }

    @Test
    void shouldRegisterSitesForEveryMapCallShape() {
        String shapes = MapShapes.class.getName();

        assertThat(operationsIn(shapes, "size")).contains("size");
        assertThat(operationsIn(shapes, "keySet")).contains("keySet");
        assertThat(operationsIn(shapes, "get")).contains("get");
        assertThat(operationsIn(shapes, "containsKey")).contains("containsKey");
        assertThat(operationsIn(shapes, "remove")).contains("remove");
        assertThat(operationsIn(shapes, "put")).contains("put");
        assertThat(operationsIn(shapes, "getOrDefault")).contains("getOrDefault");
        assertThat(operationsIn(shapes, "computeIfAbsent")).contains("computeIfAbsent");
        assertThat(operationsIn(shapes, "merge")).contains("merge");
        assertThat(operationsIn(shapes, "replaceThreeArguments")).contains("replace");
        assertThat(operationsIn(shapes, "subMapFourArguments")).contains("subMap");
        assertThat(operationsIn(shapes, "interfaceCalls")).contains("put", "putIfAbsent", "compute",
                "computeIfPresent", "forEach", "replaceAll", "entrySet", "values", "isEmpty", "containsValue",
                "putAll", "remove", "replace", "clear", "size");
        assertThat(operationsIn(shapes, "navigableCalls")).contains("firstKey", "lastEntry", "headMap", "tailMap",
                "descendingMap", "ceilingKey", "pollFirstEntry");
    }

    @Test
    void shouldRegisterCallsOnAUserSubclassOfHashMap() {
        String shapes = MapShapes.class.getName();

        assertThat(operationsIn(shapes, "userSubclass")).contains("put", "get", "size", "containsKey");
        assertThat(operationsIn(RewrittenClasses.FIXTURES + ".CountingMap", "increment")).contains("merge");
    }

    @Test
    void shouldRegisterAllocationSitesForConstructorsFieldInitializersAndNestedNews() {
        String shapes = MapShapes.class.getName();

        assertThat(operationsIn(shapes, "<init>")).contains("new java.util.HashMap");
        assertThat(operationsIn(shapes, "nestedNewExpressions")).contains("new java.util.HashMap",
                "new java.util.TreeMap");
        assertThat(operationsIn(shapes, "userSubclass")).contains("new " + RewrittenClasses.FIXTURES + ".CountingMap");
        assertThat(operationsIn(RewrittenClasses.FIXTURES + ".CountingMap", "<init>"))
                .as("super(new HashMap<>(initial)) records the inner map, not the super call")
                .contains("new java.util.HashMap")
                .doesNotContain("new " + RewrittenClasses.FIXTURES + ".CountingMap");
    }

    @Test
    void shouldRecordWhereEveryMapIsCreatedConcurrentOnesForCoverage() {
        List<String> ops = operationsIn(MapShapes.class.getName(), "otherMapTypes");

        assertThat(ops).contains("new java.util.WeakHashMap", "new java.util.IdentityHashMap",
                "new java.util.EnumMap");
        // not judged for races, but concurrency coverage names them by where they were created
        assertThat(ops).contains("new java.util.concurrent.ConcurrentHashMap");
        assertThat(ops).doesNotContain("new java.util.Map");
    }

    @Test
    void shouldRecordLinesAndTheSourceFile() {
        List<Map<String, String>> sites = registeredSites().stream()
                .filter(s -> s.get("class").equals(MapShapes.class.getName()))
                .toList();

        assertThat(sites).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("file")).isEqualTo("MapShapes.java");
            assertThat(Integer.parseInt(s.get("line"))).isPositive();
        });
    }

    @Test
    void shouldReportARaceForTwoUnsynchronizedThreadsAfterRewriting() throws Exception {
        Object result = call(rewritten(RacyPut.class), "run");

        assertThat(result).isEqualTo("done");
        List<Map<String, String>> races = races();
        assertThat(races).isNotEmpty();
        assertThat(races).allSatisfy(r -> assertThat(r)
                .containsEntry("kind", "DATA_RACE")
                .containsEntry("mapType", "java.util.HashMap")
                .containsEntry("cur.class", RacyPut.class.getName())
                .containsEntry("cur.file", "RacyPut.java")
                .containsEntry("cur.op", "put")
                .containsEntry("prev.op", "put")
                .containsEntry("alloc.class", RacyPut.class.getName())
                .containsEntry("alloc.method", "run")
                .containsEntry("alloc.op", "new java.util.HashMap"));
        assertThat(races.get(0).get("cur.thread")).isIn("racy-a", "racy-b");
        assertThat(races.get(0).get("prev.thread")).isIn("racy-a", "racy-b")
                .isNotEqualTo(races.get(0).get("cur.thread"));
        assertThat(races.get(0).get("cur.stack")).contains(RacyPut.class.getName());
    }

    @Test
    void shouldNotReportARaceWhenTheSameThreadsPutUnderOneMonitor() throws Exception {
        assertThat(call(rewritten(SynchronizedPut.class), "run")).isEqualTo(10);
        assertThat(call(rewritten(SynchronizedPut.class), "runWithSynchronizedMethod")).isEqualTo(true);

        assertThat(races()).isEmpty();
    }

    @Test
    void shouldReportARaceWhenTwoThreadsChangeAMapOnlyThroughItsViews() throws Exception {
        assertThat(call(rewritten(ViewWrites.class), "run")).isEqualTo("done");

        assertThat(races()).isNotEmpty();
    }

    @Test
    void shouldRegisterMethodReferencesToMapMethodsAsSites() {
        String refs = MethodReferences.class.getName();

        assertThat(operationsIn(refs, "boundGet")).contains("get");
        assertThat(operationsIn(refs, "boundGetOnAHashMapField")).contains("get", "containsKey");
        assertThat(operationsIn(refs, "unboundSize")).contains("size");
        assertThat(operationsIn(refs, "forEachIntoPut")).contains("put");
        assertThat(operationsIn(refs, "computeIfAbsentAndMergeReferences")).contains("computeIfAbsent");
    }

    @Test
    void shouldReportARaceMadeThroughAMethodReference() throws Exception {
        assertThat(call(rewritten(RacyReferencePut.class), "run")).isEqualTo("done");

        List<Map<String, String>> races = races();
        assertThat(races).isNotEmpty();
        assertThat(races.get(0)).containsEntry("cur.op", "put").containsEntry("prev.op", "put")
                .containsEntry("cur.class", RacyReferencePut.class.getName())
                .containsEntry("cur.method", "run");
    }
}
