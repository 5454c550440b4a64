package io.github.maprace.plugin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.rules.RuleCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spoon.SpoonException;

class FileByFileFallbackTest {

    @TempDir
    Path dir;

    @Test
    void shouldAnalyseFileByFileWhenTheWholeModelCannotBeBuilt() {
        TestProject project = new TestProject(dir);
        String good = project.write("""
                package demo;
                import java.util.concurrent.ConcurrentHashMap;
                class Good {
                    final ConcurrentHashMap<String, String> m = new ConcurrentHashMap<>();
                    void f(String k) { if (!m.containsKey(k)) m.put(k, k); }
                }
                """);
        project.write("demo/Poison.java", "package demo; class Poison {}\n");
        StaticAnalyzer.ModelBuilder flaky = (files, classpath, problems) -> {
            if (files.size() > 1 || files.get(0).toString().endsWith("Poison.java")) {
                throw new SpoonException("JLSViolation: simulated");
            }
            return SpoonModels.build(files, classpath, problems);
        };

        StaticResult result = new StaticAnalyzer(RuleCatalog.implemented(), flaky)
                .analyze(dir, List.of(dir.resolve("src/main/java")), List.of(), Set.of());

        assertThat(TestProject.lines(result, "CHECK_THEN_ACT", good)).containsExactly(5);
        assertThat(result.filesAnalysed()).isEqualTo(1);
        assertThat(result.problems()).hasSize(2);
        assertThat(result.problems().get(0)).contains("one by one");
        assertThat(result.problems().get(1)).contains("src/main/java/demo/Poison.java", "simulated");
    }
}
