package com.example.feed;

import java.util.Map;

/** Polls a feed on a thread of its own and records when each source was last seen. */
public final class Poller {
    private final Map<String, Long> lastSeen;
    private final String source;
    private final Thread thread;
    private volatile boolean stopped;

    public Poller(Map<String, Long> lastSeen, String source) {
        this.lastSeen = lastSeen;
        this.source = source;
        this.thread = new Thread(this::loop, "poller-" + source);
        thread.setDaemon(true);
    }

    public void start() {
        thread.start(); // starts the poller
    }

    private void loop() {
        long polls = 0;
        while (!stopped) {
            lastSeen.put(source, ++polls); // the poller's write
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops the thread and waits for it: everything it wrote happens before the return. */
    public void stop() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join();
    }
}
