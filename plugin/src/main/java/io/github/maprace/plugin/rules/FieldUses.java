package io.github.maprace.plugin.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldAccess;
import spoon.reflect.code.CtFieldWrite;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtReturn;
import spoon.reflect.code.CtVariableAccess;
import spoon.reflect.code.CtVariableWrite;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtType;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * Every use of a map field in its top-level type (nested and anonymous classes and lambdas
 * included), each classified as a read, a mutation, an assignment or a return, with its lock and
 * whether it runs during construction.
 *
 * <p>Mutations are seen through views and iterators ({@code m.keySet().remove(x)},
 * {@code m.entrySet().removeIf(...)}, {@code it.remove()} on {@code m.values().iterator()}) and
 * through effectively final local aliases ({@code Map<K, V> m = this.cache; m.put(k, v);}). Uses
 * in other top-level types are not seen; passing the map to a method counts as a read.
 */
final class FieldUses {

    private static final Set<String> MAP_MUTATORS = Set.of("put", "putAll", "putIfAbsent", "remove", "clear",
            "compute", "computeIfAbsent", "computeIfPresent", "merge", "replace", "replaceAll", "pollFirstEntry",
            "pollLastEntry");
    private static final Set<String> VIEWS = Set.of("keySet", "values", "entrySet", "navigableKeySet",
            "descendingKeySet", "descendingMap", "headMap", "tailMap", "subMap");
    private static final Set<String> VIEW_MUTATORS = Set.of("remove", "removeAll", "retainAll", "removeIf", "clear",
            "add", "addAll", "pollFirst", "pollLast");

    private FieldUses() {
    }

    /** The uses of {@code field}, in source order (computed once per field, see {@link ModelCache}). */
    static List<FieldUse> of(CtField<?> field) {
        return ModelCache.get(field, FieldUses.class.getName(), () -> List.copyOf(find(field)));
    }

    private static List<FieldUse> find(CtField<?> field) {
        List<FieldUse> uses = new ArrayList<>();
        CtType<?> top = field.getDeclaringType().getTopLevelType();
        for (CtFieldAccess<?> access : top.getElements(new TypeFilter<>(CtFieldAccess.class))) {
            if (!access.getVariable().getSimpleName().equals(field.getSimpleName())
                    || access.getVariable().getDeclaration() != field) {
                continue;
            }
            if (access instanceof CtFieldWrite<?> && access.getParent() instanceof CtAssignment<?, ?> assignment
                    && assignment.getAssigned() == access) {
                uses.add(use(assignment, FieldUse.Access.ASSIGN, "=", field));
            } else {
                classify(access, 0, "", field, uses);
            }
        }
        return uses;
    }

    /**
     * Classifies the use of {@code expression}, which is the map (depth 0), a view (1) or a view's
     * iterator (2), into {@code uses}. {@link ForeignUses} hands it the uses other types make.
     */
    static void classify(CtExpression<?> expression, int depth, String chain, CtField<?> field, List<FieldUse> uses) {
        CtExpression<?> cur = expression;
        while (cur.isParentInitialized()) {
            CtElement parent = cur.getParent();
            if (parent instanceof CtInvocation<?> call && call.getTarget() == cur) {
                String name = call.getExecutable().getSimpleName();
                String op = chain + name;
                if (depth == 0 && MAP_MUTATORS.contains(name)
                        || depth == 1 && (VIEW_MUTATORS.contains(name) || MAP_MUTATORS.contains(name))
                        || depth == 2 && "remove".equals(name)) {
                    uses.add(use(call, FieldUse.Access.MUTATE, op, field));
                    return;
                }
                if (depth < 2 && VIEWS.contains(name)) {
                    depth = 1;
                } else if (depth == 1 && "iterator".equals(name)) {
                    depth = 2;
                } else {
                    uses.add(use(call, FieldUse.Access.READ, op, field));
                    return;
                }
                chain = op + "().";
                cur = call;
                continue;
            }
            if (parent instanceof CtLocalVariable<?> local && local.getDefaultExpression() == cur) {
                if (throughAlias(local, depth, chain, field, uses)) {
                    return;
                }
            }
            if (parent instanceof CtReturn<?> && depth == 0) {
                uses.add(use(cur, FieldUse.Access.RETURN, "return", field));
                return;
            }
            break;
        }
        uses.add(use(cur, FieldUse.Access.READ, chain.isEmpty() ? "read" : chain.substring(0, chain.length() - 1), field));
    }

    /** The uses of an effectively final local that holds the map, a view or an iterator. */
    private static boolean throughAlias(CtLocalVariable<?> local, int depth, String chain, CtField<?> field, List<FieldUse> uses) {
        CtExecutable<?> scope = local.getParent(CtExecutable.class);
        if (scope == null) {
            return false;
        }
        List<CtVariableAccess<?>> reads = new ArrayList<>();
        for (CtVariableAccess<?> access : scope.getElements(new TypeFilter<>(CtVariableAccess.class))) {
            if (access.getVariable() == null || !access.getVariable().getSimpleName().equals(local.getSimpleName())
                    || access.getVariable().getDeclaration() != local) {
                continue;
            }
            if (access instanceof CtVariableWrite<?>) {
                return false; // reassigned: later calls may be on another map
            }
            reads.add(access);
        }
        for (CtVariableAccess<?> read : reads) {
            classify(read, depth, chain, field, uses);
        }
        uses.add(use(local, FieldUse.Access.READ, "alias " + local.getSimpleName(), field));
        return true;
    }

    private static FieldUse use(CtElement at, FieldUse.Access access, String operation, CtField<?> field) {
        return new FieldUse(at, access, operation, Construction.is(at, field), LockScope.heldAll(at, field));
    }
}
