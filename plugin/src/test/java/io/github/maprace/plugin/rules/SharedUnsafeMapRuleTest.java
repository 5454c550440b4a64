package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.tuple;

import io.github.maprace.plugin.model.Location;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SharedUnsafeMapRuleTest extends RuleTestBase {

    SharedUnsafeMapRuleTest() {
        super(new SharedUnsafeMapRule());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadSessionServlet.java",
            "BadExecutorResults.java",
            "BadStaticRegistry.java",
            "BadAliasedViewRemoval.java"})
    void shouldFlagTheFirstUnguardedWriteOfASharedMap(String input) {
        assertFlagsTheMarkedLines(input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodConcurrentSessionServlet.java",
            "GoodFilledInConstructor.java",
            "GoodUnsharedBuilder.java",
            "GoodTableFilledThroughSharedHelpers.java",
            "GoodThreadConfined.java",
            "GoodThreadLocalAndSynchronized.java"})
    void shouldNotFlagThreadSafeConstructedUnsharedOrLockedMaps(String input) {
        assertFlagsNothingIn(input(input));
    }

    @Test
    void shouldNameTheFieldTheEvidenceTheOtherWritesAndAConcurrentDeclaration() {
        Finding finding = onlyFinding(input("BadSessionServlet.java"));

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("Field 'sessions' (HashMap)", "sessions.put(...) in doPost() at line 16",
                "extends HttpServlet", "1 more unguarded write: keySet().remove in doDelete() at line 21");
        assertThat(finding.fix()).contains("private final Map<String, String> sessions = new ConcurrentHashMap<>();",
                "computeIfAbsent");
    }

    @Test
    void shouldSuggestASkipListForASortedStaticMap() {
        Finding registry = onlyFinding(input("BadStaticRegistry.java"));

        assertThat(registry.message()).contains("'HANDLERS' is static");
        assertThat(registry.fix()).contains(
                "private static final Map<String, Function<String, String>> HANDLERS = new ConcurrentSkipListMap<>();");
    }

    @Test
    void shouldNameTheExecutorAsEvidenceAndTheLambdaAsTheWriter() {
        Finding results = onlyFinding(input("BadExecutorResults.java"));

        assertThat(results.message()).contains("hands tasks to an executor (pool.submit at line 16)",
                "results.put(...) in a lambda in runAll() at line 16");
    }

    @Test
    void shouldSuggestALockRatherThanAConcurrentMapForAnAccessOrderedLinkedHashMap() {
        String source = """
                package demo;
                import java.util.LinkedHashMap;
                import java.util.Map;
                public class Lru {
                    private volatile boolean closed;
                    private final Map<String, byte[]> recent = new LinkedHashMap<>(16, 0.75f, true);
                    public void add(String k, byte[] v) {
                        recent.put(k, v);
                    }
                }
                """;

        Finding finding = onlyFinding(source);
        assertThat(finding.location().line()).as("the field, whose type the fix changes").isEqualTo(6);
        assertThat(finding.related()).extracting(Location::line, Location::description)
                .containsExactly(tuple(8, "put in add() with no lock held"));
        assertThat(finding.message()).contains("has a volatile field 'closed'");
        assertThat(finding.fix()).contains("synchronized (recent)", "Collections.synchronizedMap(new LinkedHashMap<>())");
    }

    @Test
    void shouldLeaveAMapThatIsLockedSomewhereToInconsistentLocking() {
        String source = """
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                public class Half {
                    private final Map<String, String> m = new HashMap<>();
                    public synchronized void put(String k, String v) { m.put(k, v); }
                    public void remove(String k) { m.remove(k); }
                }
                """;

        assertThat(linesFlaggedIn(source)).isEmpty();
    }

    @Test
    void shouldHonourSuppressWarningsOnTheField() {
        String source = """
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                public class Registry {
                    @SuppressWarnings("maprace:SHARED_UNSAFE_MAP")
                    private static final Map<String, String> NAMES = new HashMap<>();
                    public static void add(String k) { NAMES.put(k, k); }
                }
                """;

        assertThat(linesFlaggedIn(source)).isEmpty();
    }

    @Test
    void shouldNotFlagAMapOfUnknownKindPassedToTheConstructor() {
        String source = """
                package demo;
                import java.util.Map;
                public class Store implements Runnable {
                    private final Map<String, String> backing;
                    public Store(Map<String, String> backing) { this.backing = backing; }
                    public void put(String k) { backing.put(k, k); }
                    public void run() { backing.clear(); }
                }
                """;

        assertThat(linesFlaggedIn(source)).isEmpty();
    }
}
