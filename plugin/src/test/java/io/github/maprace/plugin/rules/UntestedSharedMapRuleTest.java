package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.analysis.StaticResult;
import io.github.maprace.plugin.model.Finding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static half of UNTESTED_SHARED_MAP: which map fields are shared candidates. They come back
 * apart from the findings, at the field's declaration, with the evidence and the methods.
 */
class UntestedSharedMapRuleTest extends RuleTestBase {

    UntestedSharedMapRuleTest() {
        super(new UntestedSharedMapRule());
    }

    private static final String PRICES = """
            package shop;

            import java.util.Map;
            import java.util.concurrent.ConcurrentHashMap;
            import java.util.concurrent.ExecutorService;

            public class PriceList {
                private final Map<String, Long> prices = new ConcurrentHashMap<>();

                public void refreshIn(ExecutorService feed, String item, long cents) {
                    feed.execute(() -> prices.put(item, cents));
                }

                public Long price(String item) {
                    return prices.get(item);
                }
            }
            """;

    @Test
    void aMapFieldWrittenAfterConstructionInAThreadedClassIsACandidateAtItsDeclaration() {
        StaticResult result = analyze(PRICES);

        assertThat(result.findings()).isEmpty();
        Finding candidate = result.sharedMaps().get(0);
        assertThat(result.sharedMaps()).hasSize(1);
        assertThat(candidate.location().line()).isEqualTo(8);
        assertThat(candidate.message()).startsWith("Shared map 'prices' (Map in PriceList, shared because it hands "
                + "tasks to an executor").contains("written in a lambda in refreshIn()").contains("read in price()");
        assertThat(UntestedSharedMapRule.candidate(candidate)).contains(new UntestedSharedMapRule.Candidate(
                "prices", "PriceList", "it hands tasks to an executor (feed.execute at line 11)"));
    }

    @Test
    void aStaticMapIsSharedWithoutOtherEvidence() {
        StaticResult result = analyze("""
                package shop;
                import java.util.*;
                class Registry {
                    static final Map<String, String> NAMES = new HashMap<>();
                    static void register(String k, String v) { NAMES.put(k, v); }
                }
                """);

        assertThat(result.sharedMaps()).extracting(f -> f.location().line()).containsExactly(4);
    }

    @Test
    void mapsFilledOnlyDuringConstructionHandedInOrInAPlainClassAreNot() {
        StaticResult result = analyze("""
                package shop;
                import java.util.*;
                import java.util.concurrent.*;
                class Catalog implements Runnable {
                    private final Map<String, Long> fixed = new HashMap<>();
                    private final Map<String, Long> handedIn;
                    private final Map<String, Long> wrapped = Collections.synchronizedMap(new HashMap<>());
                    Catalog(Map<String, Long> m) { handedIn = m; fixed.put("a", 1L); }
                    public void run() { handedIn.put("b", 2L); wrapped.put("c", 3L); }
                    Long get(String k) { return fixed.get(k); }
                }
                class Tally {
                    private final Map<String, Integer> views = new HashMap<>();
                    void view(String page) { views.merge(page, 1, Integer::sum); }
                }
                """);

        assertThat(result.sharedMaps()).isEmpty();
    }
}
