package com.example.jvmok;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mechanism: a Caffeine LoadingCache (a library, instrumented like project code). The loader's
 * HashMap is published by the cache: four threads get the same keys and only read the maps.
 */
class TariffCatalogTest {

    private static final List<String> REGIONS = List.of("eu", "asia", "americas");

    @Test
    void loadedMapsAreReadByEveryThread() throws InterruptedException {
        TariffCatalog catalog = new TariffCatalog();
        LoadingCache<String, Map<String, Integer>> cache = Caffeine.newBuilder()
                .maximumSize(100)
                .build(catalog::load);
        Workers.start("checkout", 4, w -> {
            for (int i = 0; i < 50; i++) {
                String region = REGIONS.get((i + w) % REGIONS.size());
                Map<String, Integer> tariffs = cache.get(region);
                assertEquals(2 * tariffs.get("standard"), tariffs.get("express"));
                assertEquals(region.length() * 500, tariffs.get("freight"));
            }
        }).join();
        assertEquals(3, catalog.loads());
        assertEquals(400, cache.get("asia").get("standard"));
    }
}
