package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Events (attribute maps) handed over through a ConcurrentLinkedQueue: the sender fills a new
 * HashMap and offers it; the receiver polls until it gets one and then reads it.
 */
public final class EventMailbox {
    private final Queue<Map<String, String>> inbox = new ConcurrentLinkedQueue<>();

    public void send(String type, int seq) {
        Map<String, String> event = new HashMap<>();
        event.put("type", type);
        event.put("seq", Integer.toString(seq));
        inbox.offer(event);
    }

    /** Polls (spinning) until an event arrives; returns its seq attribute. */
    public int receiveSeq(long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        Map<String, String> event;
        while ((event = inbox.poll()) == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no event");
            }
            Thread.onSpinWait();
        }
        return Integer.parseInt(event.get("seq"));
    }
}
