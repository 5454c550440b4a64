package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.StampedLock;
import org.junit.jupiter.api.Test;

/**
 * Program optimistic-read-invalid: a reader reads the map in a StampedLock optimistic window while
 * a writer takes the write lock and puts; validate() then fails, and the reader uses the value
 * anyway. The read really overlapped the write (nothing orders them): a race, judged when
 * validate fails.
 */
class OptimisticReadInvalidRaceTest {

    private final StampedLock lock = new StampedLock();
    private final Map<String, Integer> limits = new HashMap<>();

    @Test
    void aReadWhoseValidateFailedRacesWithTheWrite() throws InterruptedException {
        boolean[] valid = {true};
        Workers reader = Workers.start("reader", 1, t -> {
            long stamp = lock.tryOptimisticRead();
            Integer limit = limits.get("eu"); // race: optimistic-read-invalid
            Thread.sleep(300); // the writer takes the write lock meanwhile
            valid[0] = lock.validate(stamp);
            if (limit != null && limit < 0) {
                throw new AssertionError("impossible limit");
            }
        });
        Workers writer = Workers.start("writer", 1, t -> {
            Thread.sleep(50);
            long stamp = lock.writeLock();
            try {
                limits.put("eu", 10); // race: optimistic-read-invalid
            } finally {
                lock.unlockWrite(stamp);
            }
        });
        reader.join();
        writer.join();
        assertFalse(valid[0], "the writer did not come in between: the program is not racing");
    }
}
