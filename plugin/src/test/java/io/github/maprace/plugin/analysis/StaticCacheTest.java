package io.github.maprace.plugin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticCacheTest {

    @TempDir
    Path dir;

    private static StaticCache sample() {
        Finding finding = new Finding("CHECK_THEN_ACT", Severity.ERROR, Origin.STATIC, "check \"k\" <then> act",
                "use putIfAbsent", Location.of("src/main/java/A.java", 7),
                List.of(new Location("src/main/java/A.java", 6, "the check"), new Location("src/main/java/ä B.java", 2, "")),
                null);
        Finding shared = Finding.ofStatic("UNTESTED_SHARED_MAP", Severity.NOTE, "shared", "", Location.of("src/main/java/A.java", 3));
        StaticCache.Entry entry = new StaticCache.Entry("abc", new FileFacts(Set.of("A"), Set.of("Base", "Runnable"), true),
                true, 42, List.of(finding), List.of(shared), List.of("rule X failed on src/main/java/A.java:9 and skipped"));
        StaticCache.Entry broken = new StaticCache.Entry("def", null, false, 0, List.of(), List.of(),
                List.of("could not parse src/main/java/B.java (syntax errors?); it was not analysed"));
        return new StaticCache("key-1", StaticCache.Entry.global(List.of(), List.of("class path entry x is not a readable jar")),
                Map.of(Path.of("/p/A.java"), entry, Path.of("/p/B.java"), broken));
    }

    @Test
    void shouldReadBackWhatItWrote() throws IOException {
        Path file = dir.resolve("cache/static.bin");
        StaticCache written = sample();
        written.write(file);

        assertThat(StaticCache.read(file, "key-1")).isEqualTo(written);
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void shouldRefuseAnotherKeyAMissingFileAndDamage() throws IOException {
        Path file = dir.resolve("static.bin");
        assertThat(StaticCache.read(file, "key-1")).isNull();
        sample().write(file);
        assertThat(StaticCache.read(file, "key-2")).isNull();

        byte[] bytes = Files.readAllBytes(file);
        for (int cut : new int[] {3, bytes.length / 2, bytes.length - 1}) {
            Files.write(file, java.util.Arrays.copyOf(bytes, cut));
            assertThat(StaticCache.read(file, "key-1")).isNull();
        }
        bytes[bytes.length / 3] = (byte) 0x7f;
        bytes[bytes.length / 3 + 1] = (byte) 0x7f;
        Files.write(file, bytes);
        StaticCache damaged = StaticCache.read(file, "key-1");
        assertThat(damaged == null || !damaged.equals(sample())).isTrue();
    }
}
