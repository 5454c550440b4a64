package io.github.maprace.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;

/**
 * Seven ways to share a map between threads under three read/write mixes: the numbers behind
 * {@code src/site/markdown/choosing-a-map.md}. One operation is one {@code get} or one
 * {@code put} of a random key out of a fixed, prefilled key space, so every write replaces a value
 * and the map never grows. {@code bench/choosing-a-map.sh} runs it at 1, 2, 4 and 8 threads
 * ({@code -t}) with {@code -prof gc} and renders the tables and the chart.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class ChoosingAMapBenchmark {
    private static final int KEYS = 1024;

    // boxed once: an Integer allocated per operation would swamp gc.alloc.rate.norm, which should
    // show only what the strategy itself allocates
    private static final Integer[] KEY = new Integer[KEYS];

    static {
        for (int i = 0; i < KEYS; i++) {
            KEY[i] = i;
        }
    }

    @Param({"synchronized", "ReentrantLock", "ReentrantReadWriteLock", "StampedLock",
            "synchronizedMap", "ConcurrentHashMap", "copyOnWrite"})
    public String impl;

    /** Reads out of 100 operations; the rest are writes. */
    @Param({"99", "90", "50"})
    public int readPercent;

    private Shared map;

    /** Builds the chosen strategy only, so each fork's call through {@link Shared} stays monomorphic. */
    @Setup
    public void setUp() {
        map = switch (impl) {
            case "synchronized" -> new Synchronized();
            case "ReentrantLock" -> new Locked();
            case "ReentrantReadWriteLock" -> new ReadWriteLocked();
            case "StampedLock" -> new Stamped();
            case "synchronizedMap" -> new Plain(Collections.synchronizedMap(new HashMap<>()));
            case "ConcurrentHashMap" -> new Plain(new ConcurrentHashMap<>());
            case "copyOnWrite" -> new CopyOnWrite();
            default -> throw new IllegalArgumentException("unknown impl " + impl);
        };
        for (Integer k : KEY) {
            map.put(k, k);
        }
    }

    /** A thread's own random stream: ThreadLocalRandom's bounded calls would cost more than a get. */
    @State(Scope.Thread)
    public static class Dice {
        private long x = ThreadLocalRandom.current().nextLong() | 1;

        long next() {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            return x;
        }
    }

    /** One get or put; the high 32 bits pick the operation (0..99), the low bits key and value. */
    @Benchmark
    public Integer op(Dice dice) {
        long r = dice.next();
        Integer key = KEY[(int) r & (KEYS - 1)];
        if (((r >>> 32) * 100 >>> 32) >= readPercent) {
            return map.put(key, KEY[(int) (r >>> 10) & (KEYS - 1)]);
        }
        return map.get(key);
    }

    interface Shared {
        Integer get(Integer key);

        Integer put(Integer key, Integer value);
    }

    /** A map that is thread-safe on its own: {@code Collections.synchronizedMap}, {@code ConcurrentHashMap}. */
    static final class Plain implements Shared {
        private final Map<Integer, Integer> map;

        Plain(Map<Integer, Integer> map) {
            this.map = map;
        }

        @Override
        public Integer get(Integer key) {
            return map.get(key);
        }

        @Override
        public Integer put(Integer key, Integer value) {
            return map.put(key, value);
        }
    }

    static final class Synchronized implements Shared {
        private final Map<Integer, Integer> map = new HashMap<>();

        @Override
        public synchronized Integer get(Integer key) {
            return map.get(key);
        }

        @Override
        public synchronized Integer put(Integer key, Integer value) {
            return map.put(key, value);
        }
    }

    static final class Locked implements Shared {
        private final ReentrantLock lock = new ReentrantLock();
        private final Map<Integer, Integer> map = new HashMap<>();

        @Override
        public Integer get(Integer key) {
            lock.lock();
            try {
                return map.get(key);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public Integer put(Integer key, Integer value) {
            lock.lock();
            try {
                return map.put(key, value);
            } finally {
                lock.unlock();
            }
        }
    }

    static final class ReadWriteLocked implements Shared {
        private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        private final Map<Integer, Integer> map = new HashMap<>();

        @Override
        public Integer get(Integer key) {
            lock.readLock().lock();
            try {
                return map.get(key);
            } finally {
                lock.readLock().unlock();
            }
        }

        @Override
        public Integer put(Integer key, Integer value) {
            lock.writeLock().lock();
            try {
                return map.put(key, value);
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    /**
     * Optimistic reads of a {@code HashMap}: the read runs with no lock at all, concurrently with a
     * writer, and only afterwards asks whether a writer came in between. Until then it may see the
     * table half-rewritten (a resize moving nodes, a bin being converted to a tree and rebalanced),
     * and HashMap promises nothing about a read that does: it may return garbage, which validation
     * rejects, or throw, which is caught here and treated as a failed validation; either way the
     * read is redone under the read lock. What no catch can do is stop a read that never ends:
     * nothing in HashMap's contract keeps a bin free of cycles while a writer rebuilds it. Here the
     * map never grows (every write replaces a value), so the benchmark measures the happy path; code
     * that inserts should not rely on it (see the page).
     */
    static final class Stamped implements Shared {
        private final StampedLock lock = new StampedLock();
        private final Map<Integer, Integer> map = new HashMap<>();

        @Override
        public Integer get(Integer key) {
            long stamp = lock.tryOptimisticRead();
            if (stamp != 0L) {
                try {
                    Integer value = map.get(key);
                    if (lock.validate(stamp)) {
                        return value;
                    }
                } catch (RuntimeException torn) {
                    // a writer was restructuring the table under the read; fall through
                }
            }
            stamp = lock.readLock();
            try {
                return map.get(key);
            } finally {
                lock.unlockRead(stamp);
            }
        }

        @Override
        public Integer put(Integer key, Integer value) {
            long stamp = lock.writeLock();
            try {
                return map.put(key, value);
            } finally {
                lock.unlockWrite(stamp);
            }
        }
    }

    /**
     * Readers read a volatile field and a map nobody writes any more; a writer copies the map under
     * a lock, changes the copy and swaps it in. The volatile write publishes the finished copy, so a
     * reader never sees a map being built. Each write costs a full copy: 1024 entries here.
     */
    static final class CopyOnWrite implements Shared {
        private volatile Map<Integer, Integer> snapshot = new HashMap<>();

        @Override
        public Integer get(Integer key) {
            return snapshot.get(key);
        }

        @Override
        public synchronized Integer put(Integer key, Integer value) {
            Map<Integer, Integer> copy = new HashMap<>(snapshot);
            Integer old = copy.put(key, value);
            snapshot = copy;
            return old;
        }
    }
}
