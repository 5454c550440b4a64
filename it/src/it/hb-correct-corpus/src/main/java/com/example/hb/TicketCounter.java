package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

/** Tickets sold per show; a Semaphore with one permit is the mutex around the HashMap. */
public final class TicketCounter {
    private final Semaphore mutex = new Semaphore(1);
    private final Map<String, Integer> soldByShow = new HashMap<>();

    public void sell(String show) throws InterruptedException {
        mutex.acquire();
        try {
            soldByShow.merge(show, 1, Integer::sum);
        } finally {
            mutex.release();
        }
    }

    public int sold(String show) throws InterruptedException {
        mutex.acquire();
        try {
            return soldByShow.getOrDefault(show, 0);
        } finally {
            mutex.release();
        }
    }
}
