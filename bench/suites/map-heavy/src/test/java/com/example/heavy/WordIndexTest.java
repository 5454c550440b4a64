package com.example.heavy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordIndexTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    @Test
    void shouldFindEveryDocumentThatContainsAWord() throws Exception {
        Random random = new Random(42);
        List<String> docs = new ArrayList<>();
        for (int d = 0; d < 40_000 * Work.SCALE; d++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 20; w++) {
                sb.append(w == 0 ? "" : " ").append("w").append(random.nextInt(3000));
            }
            sb.append(" common");
            docs.add(sb.toString());
        }
        WordIndex index = new WordIndex();
        index.build(docs, pool, 16);
        assertEquals(docs.size(), index.lookup("common").size());
        assertTrue(index.words() > 2900);
        for (int q = 0; q < 3000; q++) {
            for (int id : index.lookup("w" + q)) {
                assertTrue(docs.get(id).contains("w" + q));
            }
        }
    }
}
