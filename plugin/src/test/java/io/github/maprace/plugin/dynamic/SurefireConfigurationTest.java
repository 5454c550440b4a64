package io.github.maprace.plugin.dynamic;

import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class SurefireConfigurationTest {
    private static final SurefireConfiguration.Changes CHANGES = new SurefireConfiguration.Changes(
            "-javaagent:/m2/maprace-agent.jar=output=/p/target/maprace/agent", Path.of("/m2/listener.jar"),
            Path.of("/p/target/maprace/surefire-reports"), List.of(), null, List.of(), List.of());

    private final List<String> warnings = new ArrayList<>();

    private static Xpp3Dom dom(String xml) throws Exception {
        return Xpp3DomBuilder.build(new StringReader("<configuration>" + xml + "</configuration>"));
    }

    /** Evaluates ${name} from the given properties, as Maven's evaluator would (null when undefined). */
    private static UnaryOperator<String> props(Map<String, String> p) {
        return expr -> {
            if (expr.startsWith("${") && expr.endsWith("}") && expr.indexOf("${", 1) < 0) {
                return p.get(expr.substring(2, expr.length() - 1));
            }
            String out = expr;
            for (Map.Entry<String, String> e : p.entrySet()) {
                out = out.replace("${" + e.getKey() + "}", e.getValue());
            }
            return out;
        };
    }

    private static List<String> children(Xpp3Dom dom, String name) {
        return Arrays.stream(dom.getChild(name).getChildren()).map(Xpp3Dom::getValue).toList();
    }

    @Test
    void shouldPutTheAgentInFrontOfTheUsersArgLineAndKeepLateReplacementForSurefire() throws Exception {
        Xpp3Dom merged = dom("<argLine>@{argLine} --add-opens java.base/java.lang=ALL-UNNAMED</argLine>"
                + "<systemPropertyVariables><mode>strict</mode></systemPropertyVariables>"
                + "<excludes><exclude>**/Abstract*.java</exclude></excludes>");

        Xpp3Dom audited = SurefireConfiguration.forAudit(merged, props(Map.of()), CHANGES, warnings);

        assertThat(audited.getChild("argLine").getValue()).isEqualTo("-javaagent:/m2/maprace-agent.jar="
                + "output=/p/target/maprace/agent @{argLine} --add-opens java.base/java.lang=ALL-UNNAMED");
        assertThat(audited.getChild("systemPropertyVariables").getChild("mode").getValue()).isEqualTo("strict");
        assertThat(children(audited, "excludes")).containsExactly("**/Abstract*.java");
        assertThat(audited.getChild("reportsDirectory").getValue()).isEqualTo("/p/target/maprace/surefire-reports");
        assertThat(children(audited, "additionalClasspathElements")).containsExactly("/m2/listener.jar");
        assertThat(merged.getChild("argLine").getValue()).startsWith("@{argLine}"); // the plan is not changed
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldEvaluateTheDefaultArgLineExpressionAndAppendTheAuditsJvmArgs() throws Exception {
        Xpp3Dom merged = dom("<argLine>${argLine}</argLine>");
        SurefireConfiguration.Changes c = new SurefireConfiguration.Changes(CHANGES.agentArgument(),
                CHANGES.listenerJar(), CHANGES.reportsDirectory(), List.of("-Xmx1g", "-Dname=a b"), null,
                List.of(), List.of());

        assertThat(SurefireConfiguration.forAudit(merged, props(Map.of("argLine", "-javaagent:/jacoco.jar=x")), c,
                warnings).getChild("argLine").getValue()).endsWith(" -javaagent:/jacoco.jar=x -Xmx1g \"-Dname=a b\"");
        assertThat(SurefireConfiguration.forAudit(merged, props(Map.of()), CHANGES, warnings)
                .getChild("argLine").getValue()).isEqualTo(CHANGES.agentArgument());
    }

    @Test
    void shouldLeaveOutAPropertyNothingDefinesAndSaySo() throws Exception {
        Xpp3Dom merged = dom("<argLine>${argLine} ${surefire.argline} -Dfork=${surefire.forkNumber}</argLine>");

        Xpp3Dom audited = SurefireConfiguration.forAudit(merged,
                props(Map.of("surefire.argline", "--add-opens java.base/java.lang=ALL-UNNAMED")), CHANGES, warnings);

        assertThat(audited.getChild("argLine").getValue())
                .isEqualTo(CHANGES.agentArgument() + " --add-opens java.base/java.lang=ALL-UNNAMED"
                        + " -Dfork=${surefire.forkNumber}"); // Surefire's own placeholder stays
        assertThat(warnings).singleElement().asString().contains("refers to ${argLine}, which nothing defines");
    }

    @Test
    void shouldAddTheListenerToClasspathElementsGivenAsElementsOrAsTheProperty() throws Exception {
        Xpp3Dom asElements = dom("<additionalClasspathElements><additionalClasspathElement>/extra/a.jar"
                + "</additionalClasspathElement></additionalClasspathElements>");
        Xpp3Dom asProperty = dom("<additionalClasspathElements>${maven.test.additionalClasspath}"
                + "</additionalClasspathElements>");

        assertThat(children(SurefireConfiguration.forAudit(asElements, props(Map.of()), CHANGES, warnings),
                "additionalClasspathElements")).containsExactly("/extra/a.jar", "/m2/listener.jar");
        assertThat(children(SurefireConfiguration.forAudit(asProperty,
                props(Map.of("maven.test.additionalClasspath", "/x.jar,/y.jar")), CHANGES, warnings),
                "additionalClasspathElements")).containsExactly("/x.jar", "/y.jar", "/m2/listener.jar");
    }

    @Test
    void shouldApplyTheAuditsOverridesOnlyWhenSet() throws Exception {
        Xpp3Dom merged = dom("<includes><include>**/*UnitTest.java</include></includes>"
                + "<forkedProcessTimeoutInSeconds>600</forkedProcessTimeoutInSeconds>");
        SurefireConfiguration.Changes c = new SurefireConfiguration.Changes(CHANGES.agentArgument(),
                CHANGES.listenerJar(), CHANGES.reportsDirectory(), List.of(), Path.of("/jdk25/bin/java"),
                List.of("**/*RaceTest.java"), List.of("**/Slow*"));

        Xpp3Dom kept = SurefireConfiguration.forAudit(merged, props(Map.of()), CHANGES, warnings);
        Xpp3Dom overridden = SurefireConfiguration.forAudit(merged, props(Map.of()), c, warnings);

        assertThat(children(kept, "includes")).containsExactly("**/*UnitTest.java");
        assertThat(kept.getChild("forkedProcessTimeoutInSeconds").getValue()).isEqualTo("600");
        assertThat(kept.getChild("jvm")).isNull();
        assertThat(children(overridden, "includes")).containsExactly("**/*RaceTest.java");
        assertThat(children(overridden, "excludes")).containsExactly("**/Slow*");
        assertThat(overridden.getChild("forkedProcessTimeoutInSeconds").getValue()).isEqualTo("600");
        assertThat(overridden.getChild("jvm").getValue()).isEqualTo("/jdk25/bin/java");
    }

    @Test
    void shouldForkWhenSurefireIsConfiguredNotToAndSaySo() throws Exception {
        Xpp3Dom merged = dom("<forkCount>${surefire.forkCount}</forkCount>");

        Xpp3Dom audited = SurefireConfiguration.forAudit(merged, props(Map.of("surefire.forkCount", "0")), CHANGES,
                warnings);

        assertThat(audited.getChild("forkCount").getValue()).isEqualTo("1");
        assertThat(warnings).singleElement().asString().contains("forkCount=0");
    }
}
