package com.example.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Each scenario runs its two threads one after the other: no run deadlocks, but only the
 * unordered bank could.
 */
class BankTest {

    private static void oneAfterTheOther(Runnable first, Runnable second) throws InterruptedException {
        Thread a = new Thread(first, "teller-1");
        a.start();
        a.join();
        Thread b = new Thread(second, "teller-2");
        b.start();
        b.join();
    }

    @Test
    void oppositeTransfersTakeTheLocksInOppositeOrders() throws InterruptedException {
        Bank bank = new Bank();
        Account alice = new Account(1, 100);
        Account bob = new Account(2, 100);
        oneAfterTheOther(() -> bank.transfer(alice, bob, 10), () -> bank.transfer(bob, alice, 5));
        assertEquals(95, alice.balance());
    }

    @Test
    void orderedTransfersTakeTheLocksInOneOrder() throws InterruptedException {
        OrderedBank bank = new OrderedBank();
        Account alice = new Account(1, 100);
        Account bob = new Account(2, 100);
        oneAfterTheOther(() -> bank.transfer(alice, bob, 10), () -> bank.transfer(bob, alice, 5));
        assertEquals(95, alice.balance());
    }

    @Test
    void gatedTransfersAreSerializedByTheGate() throws InterruptedException {
        GatedBank bank = new GatedBank();
        Account alice = new Account(1, 100);
        Account bob = new Account(2, 100);
        oneAfterTheOther(() -> bank.transfer(alice, bob, 10), () -> bank.transfer(bob, alice, 5));
        assertEquals(95, alice.balance());
    }

    @Test
    void aDowngradeFromWriteToReadIsLegal() throws InterruptedException {
        Ledger ledger = new Ledger();
        oneAfterTheOther(() -> ledger.add("alice", 10), () -> ledger.add("alice", 5));
        assertEquals(20, ledger.add("alice", 5));
    }
}
