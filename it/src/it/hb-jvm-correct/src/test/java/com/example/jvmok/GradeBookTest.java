package com.example.jvmok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Mechanism: assertTimeoutPreemptively. JUnit runs the body on a thread of its own executor
 * (created and started inside JUnit and the JDK), submitted after the fills and waited for with
 * Future.get before it returns.
 */
class GradeBookTest {

    @Test
    void gradedOnJUnitsTimeoutThread() {
        GradeBook book = new GradeBook();
        book.record("ada", 40);
        book.record("bob", 35);
        Thread[] ranOn = new Thread[1];
        int total = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            ranOn[0] = Thread.currentThread();
            book.record("ada", 10);
            return book.total();
        });
        assertNotSame(Thread.currentThread(), ranOn[0]);
        assertEquals(85, total);
        assertEquals(50, book.points("ada"));
        book.record("cyd", 20);
        assertEquals(105, book.total());
    }
}
