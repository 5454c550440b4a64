package io.github.maprace.agent.runtime;

import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-thread caches in front of the shared tables: hits, misses, eviction, replaced entries. */
class ThreadCachesTest {

    @Test
    void recentEntriesFindWhatWasAddedAndForgetWhatTheTableReplaced() {
        WeakIdentityTable<String> table = new WeakIdentityTable<>();
        RecentEntries<String> recent = new RecentEntries<>(16);
        Object a = new Object();
        Object b = new Object();
        while ((WeakIdentityTable.hash(a) & 15) == (WeakIdentityTable.hash(b) & 15)) {
            b = new Object(); // one slot each: in a shared slot the cache keeps only the newer one
        }
        recent.add(table.entryOrCreate(a, k -> "a"));
        recent.add(table.entryOrCreate(b, k -> "b"));

        assertThat(recent.find(a).value()).isEqualTo("a");
        assertThat(recent.find(b).value()).isEqualTo("b");
        assertThat(recent.find(new Object())).isNull();

        table.put(a, "a2"); // clears the cached entry: the cache cannot hand out the old value
        assertThat(recent.find(a)).isNull();
    }

    @Test
    void recentEntriesRejectASizeThatIsNotAPowerOfTwo() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RecentEntries<String>(12))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void viewRingKeepsTheLastEightNewestFirstAndHoldsNothingStrongly() {
        ViewRing ring = new ViewRing();
        List<Object> iterators = new ArrayList<>();
        WeakReference<Object> owner = new WeakReference<>(new HashMap<>());
        for (int i = 0; i < ViewRing.SIZE + 1; i++) {
            Object it = new Object();
            iterators.add(it);
            ring.add(it, owner);
        }

        assertThat(ring.ownerOf(iterators.get(0))).as("evicted by the ninth").isNull();
        for (int i = 1; i <= ViewRing.SIZE; i++) {
            assertThat(ring.ownerOf(iterators.get(i))).isSameAs(owner);
        }
        assertThat(ring.ownerOf(new Object())).isNull();
    }

    @Test
    void clockMarksRememberOneNumberPerClock() {
        ClockMarks marks = new ClockMarks();
        SyncClock first = new SyncClock();
        SyncClock second = new SyncClock();

        marks.note(first, 5);
        assertThat(marks.noted(first, 5)).isTrue();
        assertThat(marks.noted(first, 6)).isFalse();
        assertThat(marks.noted(second, 5)).isFalse();
    }

    @Test
    void aThreadThatRecordsNothingPublishesTheSameClockAgain() throws InterruptedException {
        SyncClock clock = new SyncClock();
        int[] moved = new int[1];
        Thread t = new Thread(() -> {
            ThreadState ts = ThreadState.current();
            clock.release(ts);
            int own = ts.clock.get(ts.tid);
            clock.release(ts); // no access since: skipped, and the pending tick is not taken
            moved[0] = ts.clock.get(ts.tid) - own;
        });
        t.start();
        t.join();

        assertThat(moved[0]).as("own clock entry moved").isZero();
    }
}
