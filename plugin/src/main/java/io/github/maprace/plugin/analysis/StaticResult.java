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
 */
public record StaticResult(List<Finding> findings, List<String> problems, int filesAnalysed, long linesAnalysed) {
    public StaticResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    /** A result with nothing analysed and the given problems. */
    static StaticResult empty(List<String> problems) {
        return new StaticResult(List.of(), problems, 0, 0);
    }
}
