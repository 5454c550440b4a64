package com.acme.batch;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;

/** A worker thread whose HashMap only its own run() touches. */
public class GoodThreadConfined extends Thread {
    private final BlockingQueue<String> inbox;
    private final Map<String, Integer> counts = new HashMap<>();

    public GoodThreadConfined(BlockingQueue<String> inbox) {
        this.inbox = inbox;
    }

    @Override
    public void run() {
        while (!isInterrupted()) {
            String word = inbox.poll();
            if (word != null) {
                counts.merge(word, 1, Integer::sum);
            }
        }
    }
}
