package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program enummap-put-put: two planners write different days of one EnumMap. */
class EnumMapRaceTest {

    enum Weekday { MON, TUE, WED, THU, FRI, SAT, SUN }

    @Test
    void twoPlannersPutIntoTheEnumMap() throws InterruptedException {
        Map<Weekday, String> shiftByDay = new EnumMap<>(Weekday.class);
        Workers.start("planner-weekdays", 1, t -> {
            for (Weekday d : new Weekday[] {Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI}) {
                shiftByDay.put(d, "early"); // race: enummap-put-put
            }
        }).and("planner-weekend", 1, t -> {
            for (Weekday d : new Weekday[] {Weekday.SAT, Weekday.SUN}) {
                shiftByDay.put(d, "late"); // race: enummap-put-put
            }
        }).join();
        assertTrue(shiftByDay.size() <= 7);
    }
}
