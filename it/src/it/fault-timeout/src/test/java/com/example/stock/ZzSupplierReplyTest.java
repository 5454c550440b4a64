package com.example.stock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Starts a fake supplier process and waits for a reply that never comes. The audit must kill the
 * test JVM and the supplier process at forkTimeout.
 */
class ZzSupplierReplyTest {

    /** The fake supplier: a JVM that never answers. */
    public static void main(String[] args) throws InterruptedException {
        new CountDownLatch(1).await();
    }

    @Test
    void waitsForTheSupplierReply() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process supplier = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                ZzSupplierReplyTest.class.getName())).inheritIO().start();
        Files.writeString(Path.of("target", "supplier.pid"), Long.toString(supplier.pid()));
        new CountDownLatch(1).await(); // hang: here
    }
}
