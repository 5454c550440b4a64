package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Program method-reference-get: a pricing thread reads through prices::get while another reprices. */
class MethodReferenceRaceTest {

    @Test
    void pricingThroughAMethodReferenceRacesWithRepricing() throws InterruptedException {
        Map<String, Integer> prices = new HashMap<>();
        List<String> basket = List.of("apple", "pear", "plum");
        for (String sku : basket) {
            prices.put(sku, 100);
        }
        Workers.start("repricer", 1, t -> {
            for (int i = 0; i < 20; i++) {
                prices.put("promo-" + i, 90); // race: method-reference-get
            }
        }).and("pricer", 1, t -> {
            Thread.sleep(2);
            for (int i = 0; i < 20; i++) {
                List<Integer> quoted = basket.stream()
                        .map(prices::get) // race: method-reference-get
                        .collect(Collectors.toList());
                assertEquals(3, quoted.size());
            }
        }).join();
    }
}
