package com.example.bank;

import java.util.concurrent.locks.ReentrantLock;

/** A balance guarded by its own lock. */
public class Account {
    final ReentrantLock lock = new ReentrantLock();
    final int id;
    long balance;

    public Account(int id, long balance) {
        this.id = id;
        this.balance = balance;
    }

    public long balance() {
        lock.lock();
        try {
            return balance;
        } finally {
            lock.unlock();
        }
    }
}
