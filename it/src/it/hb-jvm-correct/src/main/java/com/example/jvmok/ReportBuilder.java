package com.example.jvmok;

import java.util.HashMap;
import java.util.Map;

/** Rows of a report in a plain HashMap; the total row is added by a background task. */
public final class ReportBuilder {
    private final Map<String, Integer> rows = new HashMap<>();

    public void add(String row, int value) {
        rows.put(row, value);
    }

    public int value(String row) {
        return rows.getOrDefault(row, 0);
    }

    /** Sums the rows and stores the sum as the row "total"; returns it. */
    public int addTotalRow() {
        int sum = 0;
        for (Map.Entry<String, Integer> e : rows.entrySet()) {
            sum += e.getValue();
        }
        rows.put("total", sum);
        return sum;
    }
}
