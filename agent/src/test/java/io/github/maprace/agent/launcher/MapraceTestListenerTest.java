package io.github.maprace.agent.launcher;

import io.github.maprace.agent.runtime.LogCodec;
import io.github.maprace.agent.runtime.RaceLog;
import io.github.maprace.agent.runtime.TestContext;
import io.github.maprace.agent.runtime.TestLogFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** The listener names each test for the detector and logs its start and outcome next to the race log. */
class MapraceTestListenerTest {
    static final List<String> SEEN_BY_THE_DETECTOR = new CopyOnWriteArrayList<>();

    /** Run by the launcher below, not by Surefire (a nested class). */
    static class Sample {
        @Test
        void passes() {
            SEEN_BY_THE_DETECTOR.add(TestContext.current());
        }

        @Test
        void fails() {
            fail("expected 1 but was 2");
        }
    }

    @Test
    void shouldLogEachTestAndNameItForTheDetector(@TempDir Path dir) throws Exception {
        RaceLog.open(dir);
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestExecutionListeners(new MapraceTestListener()).build());

        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Sample.class)).build());

        String sample = Sample.class.getName();
        assertThat(SEEN_BY_THE_DETECTOR).containsExactly(sample + "#passes");
        assertThat(TestContext.current()).isEmpty();
        List<String> lines = Files.readAllLines(dir.resolve(TestLogFormat.FILE));
        assertThat(lines).extracting(LogCodec::type).containsSubsequence(TestLogFormat.CONTAINER_STARTED,
                TestLogFormat.STARTED, TestLogFormat.FINISHED, TestLogFormat.CONTAINER_FINISHED,
                TestLogFormat.SUMMARY);
        List<Map<String, String>> finished = lines.stream().filter(l -> LogCodec.type(l).equals(TestLogFormat.FINISHED))
                .map(LogCodec::fields).toList();
        assertThat(finished).anySatisfy(f -> {
            assertThat(f.get("test")).isEqualTo(sample + "#fails");
            assertThat(f.get("status")).isEqualTo("FAILED");
            assertThat(f.get("error")).contains("expected 1 but was 2");
        });
        assertThat(finished).anySatisfy(f -> assertThat(f).containsEntry("test", sample + "#passes")
                .containsEntry("status", "SUCCESSFUL"));
    }
}
