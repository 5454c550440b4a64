package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Mechanism: ExecutorService.submit + Future.get. */
class TaxRateServiceTest {

    @Test
    void ratesReadAfterFutureGet() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            TaxRateService service = new TaxRateService(pool);
            List<Future<Map<String, Integer>>> futures = new ArrayList<>();
            for (String country : List.of("DE", "FR", "NL", "DE", "FR", "NL")) {
                futures.add(service.ratesFor(country, List.of("food-bread", "book", "food-milk", "tv")));
            }
            int sum = 0;
            for (Future<Map<String, Integer>> f : futures) {
                Map<String, Integer> rates = f.get(10, TimeUnit.SECONDS);
                sum += rates.get("tv") + rates.get("food-bread");
                rates.put("checked", 1);
            }
            assertEquals(2 * (1900 + 950 + 2000 + 1000 + 2100 + 1050), sum);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
