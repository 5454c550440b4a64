package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Program iterator-after-lock: the iterator is created under the lock, its next() runs after the
 * block; a later put under the same lock is ordered after the creation, not after the next().
 */
class IteratorAfterLockRaceTest {

    @Test
    void traversalOutsideTheLockRacesWithALaterSubscribe() throws InterruptedException {
        SubscriberRegistry registry = new SubscriberRegistry();
        registry.subscribe("mail");
        registry.subscribe("sms");
        registry.subscribe("push");
        int[] notified = new int[1];
        Workers notifier = Workers.start("notifier", 1, t -> notified[0] = registry.notifySubscribers());
        Thread.sleep(100); // the notifier has walked its iterator by now, in practice: nothing orders it
        registry.subscribe("webhook");
        notifier.join();
        assertTrue(notified[0] == 3 || notified[0] == 4);
    }
}
