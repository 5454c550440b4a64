package io.github.maprace.plugin.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.maprace.plugin.report.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Adds SARIF's {@code baselineState} ({@code unchanged} or {@code new}) to each result of a
 * written {@code maprace.sarif}. The SARIF writer emits one result per finding in report order, so
 * result {@code i} is finding {@code i}; a file whose result count does not match is left alone.
 */
public final class SarifBaselineStates {
    private SarifBaselineStates() {
    }

    /**
     * Rewrites {@code sarif} in place (atomically).
     *
     * @param unchanged per finding in report order: true when the baseline accepts it
     * @return false when the file did not have the expected shape and was not changed
     */
    public static boolean mark(Path sarif, List<Boolean> unchanged) throws IOException {
        ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        JsonNode root = mapper.readTree(sarif.toFile());
        JsonNode results = root.path("runs").path(0).path("results");
        if (!results.isArray() || results.size() != unchanged.size()) {
            return false;
        }
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) instanceof ObjectNode result) {
                result.put("baselineState", unchanged.get(i) ? "unchanged" : "new");
            }
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        AtomicFiles.write(sarif, out -> {
            mapper.writer(printer).writeValue(out, root);
            out.write('\n');
        });
        return true;
    }
}
