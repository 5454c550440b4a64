package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.junit.jupiter.api.Test;

/**
 * Program rwlock-halves-from-library: the halves of a ReentrantReadWriteLock are obtained here and
 * handed to ShardDirectory, which writes under the read half: two writers holding read locks race.
 */
class ReadLockWritersRaceTest {

    @Test
    void twoWritersUnderTheReadLockRace() throws InterruptedException {
        ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();
        ShardDirectory directory = new ShardDirectory(rwl.readLock(), rwl.writeLock());
        directory.load(Map.of("acme", 1, "globex", 2));
        Workers rebalancer = Workers.start("rebalancer", 1, t -> {
            Thread.sleep(50); // after the assignment below, in practice
            directory.assign("initech", 3);
        });
        directory.assign("umbrella", 4);
        rebalancer.join();
        assertEquals(3, directory.shardOf("initech"));
        assertEquals(4, directory.shardOf("umbrella"));
    }
}
