package com.example.hb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Distinct values per column of one CSV chunk, in a HashMap confined to the calling thread. */
public final class CsvColumnStats {

    private CsvColumnStats() {
    }

    public static int distinctInColumn(List<String> rows, int column) {
        Map<String, Integer> seen = new HashMap<>();
        for (String row : rows) {
            seen.merge(row.split(",")[column], 1, Integer::sum);
        }
        return seen.size();
    }
}
