package io.github.maprace.plugin.report;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

    private static long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void shouldWriteTheFileAndLeaveNoTempFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("nested/maprace.xml");

        AtomicFiles.write(target, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("hello");
        assertThat(filesIn(target.getParent())).isEqualTo(1);
    }

    @Test
    void shouldReplaceAnExistingFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("maprace.sarif");
        Files.writeString(target, "old content that is longer");

        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("new");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void shouldKeepTheOldFileAndRemoveTheTempFileWhenWritingFails(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("maprace.html");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(target).hasContent("old");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void shouldGiveTheReportTheModeAPlainlyCreatedFileGets(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x"); // the umask's mode, as Maven's own files
        Path target = dir.resolve("maprace.html");

        AtomicFiles.write(target, out -> out.write("report".getBytes(StandardCharsets.UTF_8)));

        // a temp file's 0600 would keep a web server or another CI user from reading the report
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
}
