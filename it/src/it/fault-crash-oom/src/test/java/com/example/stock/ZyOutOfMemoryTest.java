package com.example.stock;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads "everything" into memory: with -Xmx64m the heap runs out. */
class ZyOutOfMemoryTest {

    @Test
    void loadsTheWholeCatalogIntoMemory() {
        List<long[]> pages = new ArrayList<>();
        while (true) {
            pages.add(new long[1 << 20]);
        }
    }
}
