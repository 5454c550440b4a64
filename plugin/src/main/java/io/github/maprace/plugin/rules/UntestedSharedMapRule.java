package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import spoon.reflect.code.CtConstructorCall;
import spoon.reflect.code.CtExpression;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtField;

/**
 * UNTESTED_SHARED_MAP, the static half: every map field the audit considers shared — modified
 * after construction, in a class with evidence of use by several threads ({@link ThreadEvidence})
 * or static — whatever its kind (a ConcurrentHashMap is shared too), reported at its declaration
 * as a <em>candidate</em>. Only fields that create their own maps ({@code new ...}, as the agent
 * sees it stored into the field) are candidates: a field holding a map handed in is covered
 * through the field that created it. The static pass alone cannot say whether a test exercised the map, so
 * these findings never reach a report as they are: the audit joins them with the test run's
 * concurrency coverage, drops the fields some test exercised, and drops them all when no test
 * ran ({@code ConcurrencyCoverage} in the plugin's dynamic package).
 */
public final class UntestedSharedMapRule implements Rule {

    /** The rule id. */
    public static final String ID = "UNTESTED_SHARED_MAP";

    /** The start of {@link #message}: what {@link #candidate} reads back. */
    private static final Pattern CANDIDATE =
            Pattern.compile("^Shared map '([^']+)' \\(\\S+ in ([^,]+), shared because ([^;]+);");

    private static final RuleInfo INFO = new RuleInfo(ID,
            "Shared map that no test wrote while another thread used it",
            Severity.NOTE,
            "A race detector only judges what the tests make happen. A map several threads share (a field "
                    + "modified after construction in a class that starts threads, submits tasks, locks, or is "
                    + "static; or a map the test run saw written by one thread and used by another) that no test "
                    + "writes while another thread reads or writes it has never been audited at run time: its "
                    + "races, if any, are still unknown. This is concurrency coverage, the way line coverage "
                    + "shows code no test ran.",
            "Add a test that makes two threads use the map at once through its public API, one of them "
                    + "writing (e.g. an ExecutorService running the writer while the test thread reads, joined "
                    + "before the asserts), or suppress the note with @SuppressWarnings(\"maprace:" + ID
                    + "\") on a field that is only shared in production paths you accept as unaudited.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<? extends CtElement> target() {
        return CtField.class;
    }

    @Override
    public void inspect(CtElement element, FindingSink sink) {
        CtField<?> field = (CtField<?>) element;
        if (!MapFields.isCandidate(field) || Suppressions.isSuppressed(field, ID)) {
            return;
        }
        List<CtExpression<?>> values = MapFields.values(field);
        if (values.isEmpty() || !values.stream().allMatch(v -> v instanceof CtConstructorCall<?>)) {
            // a map handed in or built by a factory is created elsewhere: the run knows it by its
            // allocation site and the field that site stores into, which is the one to cover
            return;
        }
        List<FieldUse> live = FieldUses.of(field).stream().filter(use -> !use.construction()).toList();
        if (live.stream().noneMatch(use -> use.access() == FieldUse.Access.MUTATE)) {
            return; // filled during construction only: nothing for a second thread to race with
        }
        String evidence = ThreadEvidence.of(field);
        if (evidence == null && field.isStatic()) {
            evidence = "it is static";
        }
        if (evidence == null) {
            return;
        }
        sink.report(field, message(field, live, evidence), INFO.fix());
    }

    private static String message(CtField<?> field, List<FieldUse> live, String evidence) {
        Set<String> writes = new LinkedHashSet<>();
        Set<String> reads = new LinkedHashSet<>();
        for (FieldUse use : live) {
            (use.isWrite() ? writes : reads).add(use.where());
        }
        return String.format("Shared map '%s' (%s in %s, shared because %s; written in %s%s)", field.getSimpleName(),
                field.getType().getSimpleName(), field.getDeclaringType().getSimpleName(), evidence,
                String.join(", ", writes), reads.isEmpty() ? "" : "; read in " + String.join(", ", reads));
    }

    /**
     * A candidate this rule reported, read back for the join with the run's coverage.
     *
     * @param field         the field's name, {@code prices}
     * @param owner         its class's simple name, {@code PriceList}
     * @param sharedBecause the thread evidence
     */
    public record Candidate(String field, String owner, String sharedBecause) {
    }

    /** The candidate {@code finding} is, or empty for any other finding. */
    public static Optional<Candidate> candidate(Finding finding) {
        Matcher m = CANDIDATE.matcher(finding.message());
        return ID.equals(finding.ruleId()) && m.find()
                ? Optional.of(new Candidate(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }
}
