package io.github.maprace.plugin.dynamic;

import io.github.maprace.agent.runtime.LogCodec;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Progress of a long audited run, for the build log: at most one line every {@link #PERIOD_SECONDS}
 * and only after another test class finished, with tests run and failed (from Surefire's reports),
 * races so far (from the race log) and the elapsed time. Surefire's own per-class lines say which
 * class finished; these say what the detector has seen.
 */
public final class RunProgress implements AutoCloseable {
    /** Seconds between two lines at most. */
    public static final long PERIOD_SECONDS = 30;

    private final Path reportsDirectory;
    private final Path raceLog;
    private final String prefix;
    private final Consumer<String> log;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;
    private int classesShown;
    private long raceLogOffset;
    private long races;

    /**
     * Starts reporting.
     *
     * @param module the module's name, or empty when the build is not parallel
     */
    public RunProgress(Path reportsDirectory, Path raceLog, String module, Consumer<String> log) {
        this.reportsDirectory = reportsDirectory;
        this.raceLog = raceLog;
        this.prefix = module.isEmpty() ? "maprace: " : "maprace: [" + module + "] ";
        this.log = log;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "maprace-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /** Writes a line when a test class finished since the last one. */
    synchronized void tick() {
        try {
            List<Path> files = SurefireReports.files(reportsDirectory);
            if (files.size() <= classesShown) {
                return;
            }
            classesShown = files.size();
            SurefireReports.Summary s = SurefireReports.readFiles(files);
            log.accept(line(s, countRaces(), (System.nanoTime() - startNanos) / 1_000_000_000L));
        } catch (IOException | RuntimeException e) {
            // progress is a courtesy: never break the run over it
        }
    }

    /** {@code maprace: 12 test classes, 340 tests run, 2 failed, 1 race so far (2m30s)}. */
    String line(SurefireReports.Summary s, long racesSoFar, long seconds) {
        return String.format(Locale.ROOT, "%s%d test classes, %d tests run, %d failed, %d race%s so far (%dm%02ds)",
                prefix, s.classes(), s.tests(), s.failed(), racesSoFar, racesSoFar == 1 ? "" : "s", seconds / 60,
                seconds % 60);
    }

    /** Race records appended since the last look (the log only grows during a run). */
    private long countRaces() throws IOException {
        if (!Files.isRegularFile(raceLog)) {
            return races;
        }
        try (RandomAccessFile f = new RandomAccessFile(raceLog.toFile(), "r")) {
            if (f.length() < raceLogOffset) {
                raceLogOffset = 0;
                races = 0;
            }
            f.seek(raceLogOffset);
            byte[] rest = new byte[(int) Math.min(f.length() - raceLogOffset, 64L << 20)];
            f.readFully(rest);
            String text = new String(rest, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n') + 1; // a line still being written counts next time
            for (String line : text.substring(0, end).split("\n")) {
                if ("RACE".equals(LogCodec.type(line))) {
                    races++;
                }
            }
            raceLogOffset += text.substring(0, end).getBytes(StandardCharsets.UTF_8).length;
        }
        return races;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
