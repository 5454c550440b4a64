package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.model.RuleInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {

    @Test
    void shouldListEveryStaticAndDynamicRuleIdOnce() {
        assertThat(RuleCatalog.all()).extracting(RuleInfo::id).containsExactly(
                "SHARED_UNSAFE_MAP", "INCONSISTENT_LOCKING", "CHECK_THEN_ACT", "NON_ATOMIC_UPDATE",
                "MODIFY_WHILE_ITERATING", "SYNC_MAP_ITERATION", "LOCK_UPGRADE", "UNLOCK_NOT_IN_FINALLY",
                "NON_VOLATILE_SWAP", "MUTABLE_AFTER_INIT", "RECURSIVE_COMPUTE", "LAZY_INIT_RACE",
                "DATA_RACE", "ATOMICITY_VIOLATION", "LOCK_ORDER_INVERSION", "LEAKED_THREAD",
                "UNTESTED_SHARED_MAP");
    }

    @Test
    void shouldPointEveryFixWithMeasuredCostsAtASectionThePageHas() throws java.io.IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("../src/site/markdown/choosing-a-map.md"));
        long guided = 0;
        for (RuleInfo info : RuleCatalog.all()) {
            var guidance = RuleCatalog.guidanceOf(info.id());
            if (guidance.isPresent()) {
                guided++;
                assertThat(page).as(info.id()).contains("<a id=\"" + guidance.get().anchor() + "\"></a>");
            }
        }
        assertThat(guided).isGreaterThanOrEqualTo(12);
        assertThat(RuleCatalog.guidanceOf("LEAKED_THREAD")).isEmpty();
    }

    @Test
    void shouldGiveEveryRuleATitleARationaleAndAFix() {
        for (RuleInfo info : RuleCatalog.all()) {
            assertThat(info.title()).as(info.id()).isNotBlank();
            assertThat(info.rationale()).as(info.id()).hasSizeGreaterThan(40);
            assertThat(info.fix()).as(info.id()).hasSizeGreaterThan(20);
            assertThat(info.defaultSeverity()).as(info.id()).isNotNull();
        }
    }

    @Test
    void shouldDescribeImplementedRulesWithTheRulesOwnInfo() {
        List<Rule> rules = RuleCatalog.implemented();

        assertThat(rules).extracting(rule -> rule.info().id()).containsSubsequence("CHECK_THEN_ACT",
                "NON_ATOMIC_UPDATE", "MODIFY_WHILE_ITERATING", "SYNC_MAP_ITERATION", "LOCK_UPGRADE",
                "UNLOCK_NOT_IN_FINALLY", "RECURSIVE_COMPUTE");
        for (Rule rule : rules) {
            assertThat(RuleCatalog.find(rule.info().id())).contains(rule.info());
        }
    }

    @Test
    void shouldFindNothingForAnUnknownId() {
        assertThat(RuleCatalog.find("NO_SUCH_RULE")).isEmpty();
        assertThat(RuleCatalog.find(null)).isEmpty();
    }
}
