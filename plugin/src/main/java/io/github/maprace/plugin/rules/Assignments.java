package io.github.maprace.plugin.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtVariableWrite;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * The assignments to a variable inside a scope (a type or a method), indexed once per scope.
 *
 * <p>Several rules ask "what is assigned to this field or local?" for every lock call, map view
 * or map field they meet. Answering each question with a fresh walk of the declaring type made the
 * pass quadratic in the size of a class (a 4,000-line class with a lock call every few lines).
 * The index is built on the first question about a scope and kept on the scope element as Spoon
 * metadata, so it lives and dies with the model; the pass is single-threaded.
 */
final class Assignments {

    private static final String KEY = Assignments.class.getName();

    private Assignments() {
    }

    /** The assignments {@code variable = ...} to {@code declaration} under {@code scope}, in source order. */
    static List<CtAssignment<?, ?>> to(CtVariable<?> declaration, CtElement scope) {
        if (declaration == null || scope == null) {
            return List.of();
        }
        return index(scope).getOrDefault(declaration, List.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<CtVariable<?>, List<CtAssignment<?, ?>>> index(CtElement scope) {
        Object cached = scope.getMetadata(KEY);
        if (cached instanceof Map<?, ?> map) {
            return (Map<CtVariable<?>, List<CtAssignment<?, ?>>>) map;
        }
        // identity: Spoon's equals is structural, two fields "map" of different classes are equal
        Map<CtVariable<?>, List<CtAssignment<?, ?>>> index = new IdentityHashMap<>();
        for (CtAssignment<?, ?> assignment : scope.getElements(new TypeFilter<>(CtAssignment.class))) {
            if (assignment.getAssigned() instanceof CtVariableWrite<?> write && write.getVariable() != null) {
                CtVariable<?> target = write.getVariable().getDeclaration();
                if (target != null) {
                    index.computeIfAbsent(target, t -> new ArrayList<>()).add(assignment);
                }
            }
        }
        scope.putMetadata(KEY, index);
        return index;
    }
}
