package com.acme.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Calls the wrapper locks itself, and copies made through its locked toArray(). */
public class GoodWrapperLockedCalls {
    private final Map<String, Integer> routes = Collections.synchronizedMap(new HashMap<>());

    public void decay() {
        routes.replaceAll((name, weight) -> weight / 2);
        routes.entrySet().removeIf(e -> e.getValue() == 0);
        routes.values().removeIf(v -> v < 0);
    }

    public void print() {
        routes.forEach((name, weight) -> System.out.println(name + "=" + weight));
        routes.keySet().forEach(System.out::println);
    }

    public List<Integer> weights() {
        List<Integer> copy = new ArrayList<>(routes.values());
        Map<String, Integer> frozen = Map.copyOf(routes);
        Object[] names = routes.keySet().toArray();
        return copy.size() == frozen.size() + names.length ? copy : List.copyOf(routes.values());
    }
}
