package io.github.maprace.plugin.dynamic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A JVM that hangs, for {@link ForkedTestRunTest}: with a file argument it first starts a child JVM
 * (that hangs too) and writes the child's pid to the file.
 */
public final class Sleeper {
    private Sleeper() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0) {
            String java = ProcessHandle.current().info().command().orElseThrow();
            Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    Sleeper.class.getName())).inheritIO().start();
            Files.writeString(Path.of(args[0]), Long.toString(child.pid()));
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
