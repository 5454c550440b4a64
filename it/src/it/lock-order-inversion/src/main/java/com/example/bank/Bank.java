package com.example.bank;

/** Locks the source account, then the target: two opposite transfers take them in opposite orders. */
public class Bank {
    public void transfer(Account from, Account to, long amount) {
        from.lock.lock(); // outer
        try {
            to.lock.lock(); // inner: opposite transfers deadlock here
            try {
                from.balance -= amount;
                to.balance += amount;
            } finally {
                to.lock.unlock();
            }
        } finally {
            from.lock.unlock();
        }
    }
}
