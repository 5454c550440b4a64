package io.github.maprace.plugin;

import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FailurePolicyTest {
    private static final Finding ERROR = Finding.ofStatic("CHECK_THEN_ACT", Severity.ERROR, "e", "fix",
            Location.of("src/main/java/A.java", 1));
    private static final Finding WARNING = Finding.ofStatic("MUTABLE_AFTER_INIT", Severity.WARNING, "w", "fix",
            Location.of("src/main/java/B.java", 2));
    private static final Finding NOTE = Finding.ofStatic("LAZY_INIT_RACE", Severity.NOTE, "n", "fix",
            Location.of("src/main/java/C.java", 3));
    private static final Finding RACE = new Finding("DATA_RACE", Severity.ERROR, Origin.DYNAMIC, "race", "fix",
            Location.of("src/main/java/D.java", 4), List.of(), null);

    private static final AuditReport REPORT = new AuditReport("p", List.of(NOTE, RACE, WARNING, ERROR), List.of(),
            null, List.of());

    @Test
    void shouldFailOnErrorsOnlyWithThresholdError() {
        assertThat(new FailurePolicy(false, "error").failing(REPORT)).containsExactly(ERROR);
    }

    @Test
    void shouldFailOnErrorsAndWarningsWithThresholdWarning() {
        assertThat(new FailurePolicy(false, "warning").failing(REPORT)).containsExactlyInAnyOrder(ERROR, WARNING);
    }

    @Test
    void shouldFailOnEveryStaticFindingWithThresholdNote() {
        assertThat(new FailurePolicy(false, "note").failing(REPORT)).containsExactlyInAnyOrder(ERROR, WARNING, NOTE);
    }

    @Test
    void shouldNeverFailOnStaticFindingsWithNone() {
        assertThat(new FailurePolicy(false, "none").failing(REPORT)).isEmpty();
    }

    @Test
    void shouldFailOnRacesWhenAskedWhateverTheThreshold() {
        assertThat(new FailurePolicy(true, "none").failing(REPORT)).containsExactly(RACE);
        assertThat(new FailurePolicy(true, "error").failing(REPORT)).containsExactlyInAnyOrder(RACE, ERROR);
    }

    @Test
    void shouldJudgeDynamicWarningsByTheThresholdNotByFailOnRace() {
        Finding leak = new Finding("LEAKED_THREAD", Severity.WARNING, Origin.DYNAMIC, "leak", "fix",
                Location.of("src/main/java/E.java", 5), List.of(), null);
        AuditReport report = new AuditReport("p", List.of(RACE, leak), List.of(), null, List.of());

        assertThat(new FailurePolicy(true, "error").failing(report)).containsExactly(RACE);
        assertThat(new FailurePolicy(false, "warning").failing(report)).containsExactly(leak);
    }

    @Test
    void shouldListFailingFindingsInReportOrder() {
        List<Finding> failing = new FailurePolicy(true, "note").failing(REPORT);

        assertThat(failing).containsExactlyElementsOf(REPORT.findings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ERROR", " Error ", "error"})
    void shouldAcceptAnyCaseAndSurroundingSpace(String value) {
        assertThat(new FailurePolicy(false, value).failing(REPORT)).containsExactly(ERROR);
    }

    @Test
    void shouldTreatNoneInAnyCase() {
        assertThat(new FailurePolicy(false, " NONE ").failing(REPORT)).isEmpty();
    }

    @Test
    void shouldDefaultToErrorWhenUnset() {
        assertThat(new FailurePolicy(false, null).failing(REPORT)).containsExactly(ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fatal", "", "warn", "errors"})
    void shouldRejectAnUnknownSeverityNamingTheAcceptedOnes(String value) {
        assertThatThrownBy(() -> new FailurePolicy(false, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("failOnSeverity must be error, warning, note or none, not '" + value + "'");
    }
}
