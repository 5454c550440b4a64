package com.example.jvmok;

import java.util.HashMap;
import java.util.Map;

/** Points per student in a plain HashMap; whoever uses it from several threads must order the calls. */
public final class GradeBook {
    private final Map<String, Integer> points = new HashMap<>();

    public void record(String student, int p) {
        points.merge(student, p, Integer::sum);
    }

    public int points(String student) {
        return points.getOrDefault(student, 0);
    }

    public int total() {
        int sum = 0;
        for (int p : points.values()) {
            sum += p;
        }
        return sum;
    }
}
