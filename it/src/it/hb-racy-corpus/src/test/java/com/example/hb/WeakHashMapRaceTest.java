package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.junit.jupiter.api.Test;

/** Program weakhashmap-put-get: metadata attached in a WeakHashMap by one thread, read by another. */
class WeakHashMapRaceTest {

    @Test
    void attacherAndReaderRaceOnTheWeakHashMap() throws InterruptedException {
        List<Object> widgets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            widgets.add(new Object());
        }
        Map<Object, String> labelByWidget = new WeakHashMap<>();
        int[] labelled = new int[1];
        Workers.start("attacher", 1, t -> {
            for (Object w : widgets) {
                labelByWidget.put(w, "label"); // race: weakhashmap-put-get
            }
        }).and("renderer", 1, t -> {
            Thread.sleep(2);
            for (Object w : widgets) {
                if (labelByWidget.get(w) != null) { // race: weakhashmap-put-get
                    labelled[0]++;
                }
            }
        }).join();
        assertTrue(labelled[0] <= widgets.size());
    }
}
