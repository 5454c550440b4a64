package io.github.maprace.plugin.rules;

import java.util.Set;
import java.util.function.Predicate;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLambda;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtTargetedExpression;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.code.CtVariableWrite;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.reference.CtVariableReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * Where a map variable's value comes from, for the questions {@link ThreadSafeMaps} does not
 * answer: is it a {@code Collections.synchronizedMap} wrapper (as opposed to a {@code Hashtable}),
 * is it concurrent by a factory's name ({@code Maps.newConcurrentMap()}), and does a local map
 * ever leave its method.
 */
final class MapOrigins {

    private static final Set<String> SYNCHRONIZED_FACTORIES = Set.of(
            "synchronizedMap", "synchronizedSortedMap", "synchronizedNavigableMap");

    private MapOrigins() {
    }

    /** True when the variable is initialized or assigned {@code Collections.synchronized*Map(...)}. */
    static boolean isSynchronizedWrapper(CtVariableReference<?> variable) {
        return anyValue(variable, value -> value instanceof CtInvocation<?> call
                && SYNCHRONIZED_FACTORIES.contains(call.getExecutable().getSimpleName()));
    }

    /**
     * True when the variable holds a concurrent map: {@link ThreadSafeMaps} says so, or a value
     * assigned to it comes from a factory whose name says so ({@code Maps.newConcurrentMap()}).
     */
    static boolean isConcurrent(CtVariableReference<?> variable) {
        return ThreadSafeMaps.classify(variable) == MapKind.CONCURRENT
                || anyValue(variable, value -> value instanceof CtInvocation<?> call
                        && call.getExecutable().getSimpleName().contains("Concurrent"));
    }

    /**
     * True when a local variable's map may be seen by code outside its method: it is passed on,
     * returned, stored, or captured by a lambda or an inner class. Fields and parameters always
     * count as escaping.
     */
    static boolean escapes(CtVariableReference<?> variable) {
        CtVariable<?> declaration = variable.getDeclaration();
        if (!(declaration instanceof CtLocalVariable<?>)) {
            return true;
        }
        CtExecutable<?> method = declaration.getParent(CtExecutable.class);
        if (method == null) {
            return true;
        }
        for (CtVariableRead<?> read : method.getElements(new TypeFilter<>(CtVariableRead.class))) {
            if (read.getVariable() == null || read.getVariable().getDeclaration() != declaration) {
                continue;
            }
            boolean isReceiver = read.getParent() instanceof CtTargetedExpression<?, ?> call && call.getTarget() == read;
            CtElement lambda = read.getParent(e -> e instanceof CtLambda<?> || e instanceof CtType<?>);
            boolean captured = lambda != null && Locks.encloses(method, lambda) && lambda != method;
            if (!isReceiver || captured) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyValue(CtVariableReference<?> variable, Predicate<CtExpression<?>> test) {
        CtVariable<?> declaration = variable.getDeclaration();
        if (declaration == null) {
            return false;
        }
        if (test.test(declaration.getDefaultExpression())) {
            return true;
        }
        CtElement scope = declaration instanceof CtField
                ? declaration.getParent(CtType.class)
                : declaration.getParent(CtExecutable.class);
        if (scope == null) {
            return false;
        }
        for (CtAssignment<?, ?> assignment : Assignments.to(declaration, scope)) {
            if (test.test(assignment.getAssignment())) {
                return true;
            }
        }
        return false;
    }
}
