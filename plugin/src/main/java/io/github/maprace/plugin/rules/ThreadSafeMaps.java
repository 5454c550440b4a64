package io.github.maprace.plugin.rules;

import java.util.Set;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtConstructorCall;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtVariableWrite;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.reference.CtVariableReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * Classifies map variables (fields, locals, parameters) by what they are declared as and what is
 * assigned to them. Names are matched by simple name because in no-classpath mode a type may be
 * known only by the name written in the source.
 */
final class ThreadSafeMaps {

    private static final Set<String> CONCURRENT_TYPES = Set.of(
            "ConcurrentHashMap", "ConcurrentMap", "ConcurrentSkipListMap", "ConcurrentNavigableMap");
    private static final Set<String> SELF_LOCKED_TYPES = Set.of("Hashtable");
    private static final Set<String> SYNCHRONIZED_FACTORIES = Set.of(
            "synchronizedMap", "synchronizedSortedMap", "synchronizedNavigableMap");

    private ThreadSafeMaps() {
    }

    /**
     * The kind of map {@code variable} holds: its declared type first, then its initializer, then
     * (for a field) any assignment to it in its declaring type, or (for a local) in its method. A
     * {@code Map} field assigned {@code Collections.synchronizedMap(...)} in the constructor is
     * thus {@link MapKind#SELF_LOCKED}.
     */
    static MapKind classify(CtVariableReference<?> variable) {
        MapKind declared = ofType(variable.getType());
        if (declared.isThreadSafe()) {
            return declared;
        }
        CtVariable<?> declaration = variable.getDeclaration();
        if (declaration == null) {
            return MapKind.OTHER;
        }
        MapKind initial = ofValue(declaration.getDefaultExpression());
        if (initial.isThreadSafe()) {
            return initial;
        }
        CtElement scope = declaration instanceof CtField
                ? declaration.getParent(CtType.class)
                : declaration.getParent(CtExecutable.class);
        return scope == null ? MapKind.OTHER : ofAssignments(scope, declaration);
    }

    /** The kind named by a declared type, e.g. {@code ConcurrentMap<K, V>}. */
    static MapKind ofType(CtTypeReference<?> type) {
        if (type == null) {
            return MapKind.OTHER;
        }
        String name = type.getSimpleName();
        if (CONCURRENT_TYPES.contains(name)) {
            return MapKind.CONCURRENT;
        }
        return SELF_LOCKED_TYPES.contains(name) ? MapKind.SELF_LOCKED : MapKind.OTHER;
    }

    /** The kind of map an expression creates: a constructor call or a synchronized wrapper. */
    static MapKind ofValue(CtExpression<?> value) {
        if (value instanceof CtConstructorCall<?> creation) {
            return ofType(creation.getType());
        }
        if (value instanceof CtInvocation<?> call
                && SYNCHRONIZED_FACTORIES.contains(call.getExecutable().getSimpleName())) {
            return MapKind.SELF_LOCKED;
        }
        return MapKind.OTHER;
    }

    private static MapKind ofAssignments(CtElement scope, CtVariable<?> declaration) {
        for (CtAssignment<?, ?> assignment : Assignments.to(declaration, scope)) {
            MapKind kind = ofValue(assignment.getAssignment());
            if (kind.isThreadSafe()) {
                return kind;
            }
        }
        return MapKind.OTHER;
    }
}
