package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ShopTest {

    @Test
    void ordersAndTheFrontShareTheStock() throws Exception {
        Inventory inventory = new Inventory();
        ExecutorService orders = Executors.newSingleThreadExecutor();
        orders.submit(() -> inventory.add("apple", 3)).get();
        assertEquals(3, inventory.count("apple"));
        orders.shutdown();
        assertEquals(true, orders.awaitTermination(5, TimeUnit.SECONDS));
    }

    @Test
    void theCatalogIsImportedOnAnotherThread() throws Exception {
        Catalog catalog = new Catalog();
        ExecutorService importer = Executors.newSingleThreadExecutor();
        catalog.importIn(importer, "a1", "apple").get();
        assertEquals("apple", catalog.name("a1"));
        importer.shutdown();
        assertEquals(true, importer.awaitTermination(5, TimeUnit.SECONDS));
    }

    @Test
    void pricesAreOnlyEverSetFromTheTestThread() {
        PriceList prices = new PriceList();
        prices.set("apple", 120);
        assertEquals(120L, prices.price("apple"));
    }

    @Test
    void viewsCountedOnAnotherThreadAreSeenAfterTheJoin() throws InterruptedException {
        Tally tally = new Tally();
        Thread counter = new Thread(() -> tally.view("home"));
        counter.start();
        counter.join();
        assertEquals(1, tally.views("home"));
    }
}
