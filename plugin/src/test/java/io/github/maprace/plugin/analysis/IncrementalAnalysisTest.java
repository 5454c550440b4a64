package io.github.maprace.plugin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.rules.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalAnalysisTest {

    private static final String CATALOG = """
            package com.acme;
            import java.util.HashMap;
            import java.util.Map;
            public class Catalog {
                private final Map<String, String> titles = new HashMap<>();
                public Map<String, String> titles() { return titles; }
                public String title(String sku) { return titles.get(sku); }
            }
            """;
    private static final String LOADER_WRITES = """
            package com.acme;
            import java.util.List;
            import java.util.concurrent.ExecutorService;
            class CatalogLoader {
                private final ExecutorService refresher;
                CatalogLoader(ExecutorService refresher) { this.refresher = refresher; }
                void load(Catalog catalog, List<String> skus) {
                    refresher.submit(() -> { for (String sku : skus) { catalog.titles().put(sku, sku); } });
                }
            }
            """;
    private static final String LOADER_READS = LOADER_WRITES.replace("catalog.titles().put(sku, sku);",
            "System.out.println(catalog.titles().get(sku));");

    @TempDir
    Path dir;

    private TestProject project;
    private Path cache;
    private final List<List<Path>> models = new ArrayList<>();
    private StaticAnalyzer analyzer;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
        cache = dir.resolve("target/maprace/cache/static.bin");
        StaticAnalyzer.ModelBuilder recording = (files, classpath, problems) -> {
            models.add(List.copyOf(files));
            return SpoonModels.build(files, classpath, problems);
        };
        analyzer = new StaticAnalyzer(RuleCatalog.implemented(), recording);
        project.write(CATALOG);
        project.write(LOADER_WRITES);
        for (int i = 0; i < 6; i++) {
            project.write("com/acme/other/Unrelated" + i + ".java", """
                    package com.acme.other;
                    import java.util.concurrent.ConcurrentHashMap;
                    public class Unrelated%d {
                        final ConcurrentHashMap<String, String> m = new ConcurrentHashMap<>();
                        void f(String k) { if (!m.containsKey(k)) m.put(k, k); }
                    }
                    """.formatted(i));
        }
    }

    private StaticResult analyze() {
        return analyzer.analyze(dir, List.of(dir.resolve("src/main/java")), List.of(), Set.of(), cache);
    }

    private StaticResult fresh() {
        return new StaticAnalyzer().analyze(dir, List.of(dir.resolve("src/main/java")), List.of(), Set.of());
    }

    @Test
    void shouldAnswerAnUnchangedProjectFromTheCacheWithoutAModel() {
        StaticResult first = analyze();
        StaticResult second = analyze();

        assertThat(first.filesFromCache()).isZero();
        assertThat(first.findings()).extracting(f -> f.ruleId()).contains("MUTABLE_AFTER_INIT", "CHECK_THEN_ACT");
        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(second.sharedMaps()).isEqualTo(first.sharedMaps());
        assertThat(second.filesAnalysed()).isEqualTo(8);
        assertThat(second.linesAnalysed()).isEqualTo(first.linesAnalysed());
        assertThat(second.filesFromCache()).isEqualTo(8);
        assertThat(models).hasSize(1);
    }

    @Test
    void shouldRecheckOnlyAChangedFileAndTheFilesThatNameItsTypes() throws IOException {
        analyze();
        Path unrelated = dir.resolve("src/main/java/com/acme/other/Unrelated3.java");
        Files.writeString(unrelated, "\n\n" + Files.readString(unrelated));

        StaticResult incremental = analyze();

        assertThat(models.get(1)).containsExactly(unrelated.toRealPath());
        assertThat(incremental.filesFromCache()).isEqualTo(7);
        assertThat(incremental.findings()).isEqualTo(fresh().findings());
        assertThat(TestProject.lines(incremental, "CHECK_THEN_ACT", "src/main/java/com/acme/other/Unrelated3.java"))
                .containsExactly(7);
    }

    @Test
    void shouldDropAFindingOfAnUnchangedFileWhenTheFileThatCausedItChanges() {
        StaticResult before = analyze();
        assertThat(TestProject.lines(before, "MUTABLE_AFTER_INIT", "src/main/java/com/acme/Catalog.java"))
                .containsExactly(5);

        project.write(LOADER_READS);
        StaticResult after = analyze();

        assertThat(TestProject.lines(after, "MUTABLE_AFTER_INIT", "src/main/java/com/acme/Catalog.java")).isEmpty();
        assertThat(after.findings()).isEqualTo(fresh().findings());
        assertThat(models.get(1)).hasSize(2);
        assertThat(after.filesFromCache()).isEqualTo(6);

        project.write(LOADER_WRITES);
        assertThat(analyze().findings()).isEqualTo(before.findings());
    }

    @Test
    void shouldForgetTheFindingsOfARemovedFile() throws IOException {
        StaticResult before = analyze();
        Files.delete(dir.resolve("src/main/java/com/acme/other/Unrelated0.java"));

        StaticResult after = analyze();

        assertThat(after.findings()).hasSize(before.findings().size() - 1).isEqualTo(fresh().findings());
        assertThat(after.filesAnalysed()).isEqualTo(7);
    }

    @Test
    void shouldStartAfreshFromADamagedCacheOrAnotherRuleSet() throws IOException {
        StaticResult before = analyze();
        Files.write(cache, new byte[] {0, 0, 0, 7, 'g', 'a', 'r', 'b', 'a', 'g', 'e'});

        StaticResult afterDamage = analyze();
        StaticResult disabled = analyzer.analyze(dir, List.of(dir.resolve("src/main/java")), List.of(),
                Set.of("CHECK_THEN_ACT"), cache);

        assertThat(afterDamage.findings()).isEqualTo(before.findings());
        assertThat(afterDamage.filesFromCache()).isZero();
        assertThat(afterDamage.problems()).isEmpty();
        assertThat(disabled.filesFromCache()).isZero();
        assertThat(disabled.findings()).noneMatch(f -> f.ruleId().equals("CHECK_THEN_ACT"));
        assertThat(models).hasSize(3).allSatisfy(model -> assertThat(model).hasSize(8));
    }

    @Test
    void shouldReportACacheItCannotWriteAndStillAnalyse() throws IOException {
        Files.createDirectories(cache); // a directory where the file should go

        StaticResult result = analyze();

        assertThat(result.findings()).isEqualTo(fresh().findings());
        assertThat(result.problems()).singleElement().asString().contains("could not write the static cache");
    }
}
