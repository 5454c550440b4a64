package io.github.maprace.plugin.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that readers see either the old content or the complete new content, never a
 * half-written report: the content goes to a temp file in the target's directory (same file
 * system, so the rename can be atomic), which is then moved over the target.
 */
public final class AtomicFiles {

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content to {@code out}; need not close it. */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} from {@code content}, creating missing parent directories.
     *
     * @throws IOException when writing or moving fails; the target is then left as it was and the
     *                     temp file is removed
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = null;
        try {
            OutputStream stream = null;
            while (stream == null) {
                // leading dot: an IDE or site plugin listing the directory mid-write does not pick it up
                temp = dir.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                        + ".tmp");
                try {
                    // not Files.createTempFile: its 0600 mode would survive the rename, and a web
                    // server or another CI user could not read the report; this file gets the
                    // umask's usual mode, like any file Maven writes
                    stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException taken) {
                    temp = null;
                }
            }
            try (OutputStream out = stream) {
                content.writeTo(out);
            }
            move(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some file systems (certain network mounts) cannot rename atomically; a plain replace
            // still never exposes a partly written file under the target's name for long
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
