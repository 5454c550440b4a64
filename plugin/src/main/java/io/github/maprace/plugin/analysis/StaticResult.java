package io.github.maprace.plugin.analysis;

import io.github.maprace.plugin.model.Finding;
import java.util.List;

/**
 * What the static pass produced.
 *
 * @param findings       the findings, sorted by rule id, file and line, without duplicates
 * @param problems       human-readable problems that did not stop the pass, each naming the file
 *                       or root concerned (a file Spoon could not parse, a rule that failed)
 * @param filesAnalysed  how many source files made it into the model and were checked
 * @param linesAnalysed  how many non-blank lines those files have
 * @param sharedMaps     the map fields the pass considers shared, as {@code UNTESTED_SHARED_MAP}
 *                       candidates at their declarations: findings only once the test run says
 *                       no test exercised them (kept apart from {@code findings} until then)
 * @param filesFromCache how many of the analysed files' results came from the static cache
 *                       unchanged, never more than {@code filesAnalysed} (0 on a full pass)
 */
public record StaticResult(List<Finding> findings, List<String> problems, int filesAnalysed, long linesAnalysed,
                           List<Finding> sharedMaps, int filesFromCache) {
    public StaticResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        sharedMaps = List.copyOf(sharedMaps);
    }

    /** A result without shared maps. */
    public StaticResult(List<Finding> findings, List<String> problems, int filesAnalysed, long linesAnalysed) {
        this(findings, problems, filesAnalysed, linesAnalysed, List.of(), 0);
    }

    /** A result with nothing analysed and the given problems. */
    static StaticResult empty(List<String> problems) {
        return new StaticResult(List.of(), problems, 0, 0);
    }
}
