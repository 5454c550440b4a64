package io.github.maprace.agent.runtime;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class WeakIdentityTableTest {

    /** A key that fails loudly if the table ever asks it for hashCode or equals. */
    static final class HostileKey {
        @Override
        public int hashCode() {
            throw new AssertionError("hashCode called");
        }

        @Override
        public boolean equals(Object o) {
            throw new AssertionError("equals called");
        }
    }

    @Test
    void shouldTreatTwoEqualMapsAsDistinctKeys() {
        WeakIdentityTable<String> table = new WeakIdentityTable<>();
        Map<String, Integer> a = new HashMap<>();
        Map<String, Integer> b = new HashMap<>();
        assertThat(a).isEqualTo(b);

        table.put(a, "a");
        table.put(b, "b");

        assertThat(table.get(a)).isEqualTo("a");
        assertThat(table.get(b)).isEqualTo("b");
        assertThat(table.size()).isEqualTo(2);
    }

    @Test
    void shouldNeverCallHashCodeOrEqualsOnAKey() {
        WeakIdentityTable<String> table = new WeakIdentityTable<>();
        HostileKey k1 = new HostileKey();
        HostileKey k2 = new HostileKey();

        table.put(k1, "one");
        table.put(k1, "uno");
        table.entryOrCreate(k2, key -> "two");

        assertThat(table.get(k1)).isEqualTo("uno");
        assertThat(table.entry(k2).value()).isEqualTo("two");
        assertThat(table.remove(k1)).isEqualTo("uno");
        assertThat(table.get(k1)).isNull();
        assertThat(table.size()).isEqualTo(1);
    }

    @Test
    void shouldReturnNullForAnUnknownKey() {
        WeakIdentityTable<String> table = new WeakIdentityTable<>();

        assertThat(table.get(new Object())).isNull();
        assertThat(table.entry(new Object())).isNull();
        assertThat(table.remove(new Object())).isNull();
    }

    @Test
    void shouldCreateAValueOnlyOnce() {
        WeakIdentityTable<List<String>> table = new WeakIdentityTable<>();
        Object key = new Object();
        int[] created = {0};
        WeakIdentityTable.Factory<List<String>> factory = k -> {
            created[0]++;
            return new ArrayList<>();
        };

        WeakIdentityTable.Entry<List<String>> first = table.entryOrCreate(key, factory);
        WeakIdentityTable.Entry<List<String>> second = table.entryOrCreate(key, factory);

        assertThat(second).isSameAs(first);
        assertThat(created[0]).isEqualTo(1);
        assertThat(first.get()).as("the entry refers to its key").isSameAs(key);
    }

    @Test
    void shouldReplaceAValueOnPut() {
        WeakIdentityTable<String> table = new WeakIdentityTable<>();
        Object key = new Object();

        table.put(key, "old");
        WeakIdentityTable.Entry<String> oldEntry = table.entry(key);
        table.put(key, "new");

        assertThat(table.get(key)).isEqualTo("new");
        assertThat(table.size()).isEqualTo(1);
        assertThat(oldEntry.get()).as("a replaced entry no longer matches its key").isNull();
    }

    @Test
    void shouldDropEntriesOnceTheirKeysAreCollected() throws InterruptedException {
        WeakIdentityTable<String> table = new WeakIdentityTable<>();
        Object survivor = new Object();
        table.put(survivor, "alive");
        for (int i = 0; i < 100; i++) {
            table.put(new Object(), "garbage " + i);
        }
        assertThat(table.size()).isGreaterThan(1);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (table.size() > 1 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }

        assertThat(table.size()).isEqualTo(1);
        assertThat(table.get(survivor)).isEqualTo("alive");
    }

    @Test
    void shouldNotKeepAKeyAlive() throws InterruptedException {
        WeakIdentityTable<String> table = new WeakIdentityTable<>();
        Object key = new Object();
        java.lang.ref.WeakReference<Object> ref = new java.lang.ref.WeakReference<>(key);
        table.put(key, "v");
        key = null;

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (ref.get() != null && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }

        assertThat(ref.get()).isNull();
        assertThat(table.size()).isZero();
    }

    @Test
    void shouldKeepEveryKeyWhileResizingWithThousandsOfKeys() {
        WeakIdentityTable<Integer> table = new WeakIdentityTable<>();
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            Object k = new Object();
            keys.add(k);
            table.put(k, i);
        }

        assertThat(table.size()).isEqualTo(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            assertThat(table.get(keys.get(i))).isEqualTo(i);
        }
        for (int i = 0; i < keys.size(); i += 2) {
            assertThat(table.remove(keys.get(i))).isEqualTo(i);
        }
        assertThat(table.size()).isEqualTo(keys.size() / 2);
        for (int i = 1; i < keys.size(); i += 2) {
            assertThat(table.get(keys.get(i))).isEqualTo(i);
        }
    }

    @Test
    void shouldStayConsistentUnderConcurrentInserts() throws InterruptedException {
        WeakIdentityTable<Integer> table = new WeakIdentityTable<>();
        int threads = 8;
        int perThread = 2_000;
        Object[][] keys = new Object[threads][perThread];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers.add(new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    keys[id][i] = new Object();
                    table.entryOrCreate(keys[id][i], k -> id);
                }
            }));
        }
        workers.forEach(Thread::start);
        for (Thread w : workers) {
            w.join();
        }

        assertThat(table.size()).isEqualTo(threads * perThread);
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                assertThat(table.get(keys[t][i])).isEqualTo(t);
            }
        }
    }
}
