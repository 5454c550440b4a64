package com.example.bank;

/** Opposite orders, but always inside one gate monitor: the gate serializes them. */
public class GatedBank {
    private final Object gate = new Object();

    public void transfer(Account from, Account to, long amount) {
        synchronized (gate) {
            synchronized (from) {
                synchronized (to) {
                    from.balance -= amount;
                    to.balance += amount;
                }
            }
        }
    }
}
