package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the rule catalog page {@code src/site/markdown/rules.md} from the rule classes
 * ({@link RuleCatalog}: id, title, severity, rationale, fix) and {@link RuleExamples}. Run as a main
 * to rewrite the page; {@code RuleDocsTest} fails when the committed page differs from what this
 * renders.
 *
 * <pre>./mvnw -B -o -pl plugin test -Dtest=RuleDocsTest -Dmaprace.regenerateDocs=true</pre>
 */
public final class RuleDocs {

    private RuleDocs() {
    }

    /** The page, deterministic: rules in catalog order, static rules with examples first. */
    public static String render() {
        StringBuilder out = new StringBuilder();
        out.append("<!-- Generated from the rule classes by io.github.maprace.plugin.rules.RuleDocs; do not edit.\n")
                .append("     Regenerate: ./mvnw -B -o -pl plugin test -Dtest=RuleDocsTest -Dmaprace.regenerateDocs=true -->\n")
                .append("# Rules\n\n")
                .append("Every id maprace reports. Ids are stable: suppress one with ")
                .append("`@SuppressWarnings(\"maprace:RULE_ID\")` (or `@SuppressWarnings(\"maprace\")` for all) on the ")
                .append("enclosing declaration, and baseline by them. The static pass is described in ")
                .append("[Static analysis](static.html), the dynamic one in [Dynamic analysis](dynamic.html).\n\n")
                .append("| id | severity | title |\n|---|---|---|\n");
        for (RuleInfo info : RuleCatalog.all()) {
            out.append("| [").append(info.id()).append("](#").append(anchor(info.id())).append(") | ")
                    .append(info.defaultSeverity().level()).append(" | ").append(info.title()).append(" |\n");
        }
        out.append("\nThe examples leave out the package and these imports:\n\n```java\n")
                .append(RuleExamples.IMPORTS).append("\n```\n");
        for (RuleInfo info : RuleCatalog.all()) {
            out.append("\n## ").append(info.id()).append("\n\n")
                    .append("**").append(info.title()).append("** · severity `").append(info.defaultSeverity().level())
                    .append("` · ").append(pass(info.id())).append("\n\n")
                    .append("**Why it is wrong.** ").append(info.rationale()).append("\n\n");
            RuleExamples.of(info.id()).ifPresent(example -> out
                    .append(example.runTime() ? "Reported when the tests run it:" : "Flagged:")
                    .append("\n\n```java\n").append(example.bad()).append("```\n\n")
                    .append("Correct:\n\n```java\n").append(example.good()).append("```\n\n"));
            RuleExamples.reportedAt(info.id()).ifPresent(at -> out.append("**Reported at** ").append(at).append("\n\n"));
            out.append("**Fix.** ").append(info.fix()).append("\n");
            RuleCatalog.guidanceOf(info.id()).ifPresent(g -> out.append("\n**What it costs.** Measured in [")
                    .append(g.title()).append("](").append(RuleCatalog.Guidance.PAGE).append('#').append(g.anchor())
                    .append(").\n"));
        }
        return out.toString();
    }

    /** Rules checked at run time as well as in the sources. */
    private static final java.util.Set<String> ALSO_AT_RUN_TIME = java.util.Set.of("LOCK_UPGRADE", "SYNC_MAP_ITERATION");

    /** Which pass reports the rule. */
    private static String pass(String id) {
        if (id.equals(UntestedSharedMapRule.ID)) {
            return "static and dynamic pass (concurrency coverage)";
        }
        boolean inSources = RuleCatalog.implemented().stream().anyMatch(rule -> rule.info().id().equals(id));
        if (!inSources) {
            return "dynamic pass";
        }
        return ALSO_AT_RUN_TIME.contains(id) ? "static and dynamic pass" : "static pass";
    }

    /** The anchor doxia gives a heading: the id as written. */
    private static String anchor(String id) {
        return id;
    }

    /** Writes the page to {@code args[0]} (default {@code src/site/markdown/rules.md} of the project root). */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "src/site/markdown/rules.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, render(), StandardCharsets.UTF_8);
        System.out.println("wrote " + target.toAbsolutePath());
    }
}
