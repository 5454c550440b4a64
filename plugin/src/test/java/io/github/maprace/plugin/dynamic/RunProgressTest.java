package io.github.maprace.plugin.dynamic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunProgressTest {
    @TempDir
    Path dir;

    private static void report(Path dir, String name, int tests, int failed) throws Exception {
        StringBuilder xml = new StringBuilder("<testsuite>");
        for (int i = 0; i < tests; i++) {
            xml.append("<testcase classname=\"").append(name).append("\" name=\"t").append(i).append("\">")
                    .append(i < failed ? "<failure message=\"x\"/>" : "").append("</testcase>");
        }
        Files.writeString(dir.resolve("TEST-" + name + ".xml"), xml.append("</testsuite>"));
    }

    @Test
    void shouldWriteALineOnlyWhenAnotherTestClassFinishedAndNameTheModuleInAParallelBuild() throws Exception {
        List<String> lines = new ArrayList<>();
        Path races = dir.resolve("races.log");
        try (RunProgress progress = new RunProgress(dir, races, "orders", lines::add)) {
            progress.tick();
            report(dir, "com.acme.ATest", 3, 1);
            Files.writeString(races, "RACE\tid=1\ttest=x\nCOUNT\tid=1\tn=3\nRACE\tid=2\ttest=y\nRACE\tid=3");
            progress.tick();
            progress.tick();
        }

        assertThat(lines).singleElement().asString()
                .matches("maprace: \\[orders] 1 test classes, 3 tests run, 1 failed, 2 races so far \\(0m0\\ds\\)");
    }

    @Test
    void shouldLeaveTheModuleOutOfASerialBuild() {
        RunProgress p = new RunProgress(dir, dir.resolve("races.log"), "", l -> { });
        try {
            assertThat(p.line(new SurefireReports.Summary(12, 340, 2, 0, List.of()), 1, 150))
                    .isEqualTo("maprace: 12 test classes, 340 tests run, 2 failed, 1 race so far (2m30s)");
        } finally {
            p.close();
        }
    }
}
