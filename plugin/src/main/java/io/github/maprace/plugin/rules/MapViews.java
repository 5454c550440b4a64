package io.github.maprace.plugin.rules;

import java.util.Set;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtVariableAccess;

/**
 * The collection views of a map ({@code keySet()}, {@code values()}, {@code entrySet()} and the
 * navigable ones), reached directly or through sub-map views such as {@code descendingMap()}.
 * Iterating or changing a view is iterating or changing the map behind it.
 */
final class MapViews {

    /** Methods that return a live collection view of the map they are called on. */
    static final Set<String> COLLECTION_VIEWS = Set.of(
            "keySet", "values", "entrySet", "navigableKeySet", "descendingKeySet");
    /** Methods that return a live map view of part or all of the map they are called on. */
    private static final Set<String> MAP_VIEWS = Set.of("descendingMap", "headMap", "tailMap", "subMap");

    /**
     * A collection view: the call that made it ({@code m.keySet()}), the map variable behind it
     * ({@code m}) and the view's name ({@code keySet}).
     */
    record View(CtInvocation<?> call, CtVariableAccess<?> map, String name) {

        /** True for a view whose elements are the map's keys. */
        boolean ofKeys() {
            return !"values".equals(name) && !"entrySet".equals(name);
        }

        /** True for the entry view. */
        boolean ofEntries() {
            return "entrySet".equals(name);
        }
    }

    private MapViews() {
    }

    /** The view {@code expression} is, or {@code null} when it is not a view call on a map variable. */
    static View of(CtExpression<?> expression) {
        if (!(expression instanceof CtInvocation<?> call) || !call.getArguments().isEmpty()
                || !COLLECTION_VIEWS.contains(call.getExecutable().getSimpleName())) {
            return null;
        }
        CtVariableAccess<?> map = mapBehind(call.getTarget());
        return map == null ? null : new View(call, map, call.getExecutable().getSimpleName());
    }

    /** The map variable behind {@code m}, {@code m.descendingMap()}, {@code m.headMap(k)}..., or {@code null}. */
    static CtVariableAccess<?> mapBehind(CtExpression<?> target) {
        CtExpression<?> e = target;
        while (e instanceof CtInvocation<?> call && MAP_VIEWS.contains(call.getExecutable().getSimpleName())) {
            e = call.getTarget();
        }
        return e instanceof CtVariableAccess<?> access && access.getVariable() != null ? access : null;
    }
}
