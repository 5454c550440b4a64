package com.example.heavy;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteGraphTest {
    @Test
    void shouldFindShortestRoutesInARandomNetwork() {
        Random random = new Random(7);
        RouteGraph g = new RouteGraph();
        int nodes = 3000;
        for (int i = 0; i < nodes; i++) {
            g.connect("n" + i, "n" + ((i + 1) % nodes), 10);
            for (int e = 0; e < 4; e++) {
                g.connect("n" + i, "n" + random.nextInt(nodes), 1 + random.nextInt(20));
            }
        }
        for (int s = 0; s < 40 * Work.SCALE; s++) {
            Map<String, Integer> d = g.distancesFrom("n" + s);
            assertEquals(nodes, d.size());
            assertEquals(0, d.get("n" + s));
            assertTrue(d.get("n" + ((s + 1) % nodes)) <= 10);
        }
    }
}
