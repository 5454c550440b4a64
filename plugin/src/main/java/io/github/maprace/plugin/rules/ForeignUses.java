package io.github.maprace.plugin.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldAccess;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * The uses of a map field made by other top-level types than its own: {@code catalog.prices.put(..)}
 * on a package-private field, {@code catalog.titles().put(..)} through a getter that returns it.
 * {@link FieldUses} sees only the field's own top-level type, where a map filled by a loader class
 * looks read-only.
 *
 * <p>Field accesses and argument-less calls of the whole model are indexed once per model (by
 * name), so asking about one field costs a look-up, not a walk of every file.
 */
final class ForeignUses {

    private ForeignUses() {
    }

    /** The uses of {@code field} outside its top-level type, directly or through one of {@code getters}. */
    static List<FieldUse> of(CtField<?> field, List<CtMethod<?>> getters) {
        CtType<?> top = field.getDeclaringType().getTopLevelType();
        Index index = ModelCache.get(field.getFactory().getModel().getRootPackage(), ForeignUses.class.getName(),
                () -> Index.of(field));
        List<FieldUse> uses = new ArrayList<>();
        for (CtFieldAccess<?> access : index.accesses().getOrDefault(field.getSimpleName(), List.of())) {
            if (access.getVariable().getDeclaration() == field && outside(access, top)) {
                FieldUses.classify(access, 0, "", field, uses);
            }
        }
        for (CtMethod<?> getter : getters) {
            for (CtInvocation<?> call : index.calls().getOrDefault(getter.getSimpleName(), List.of())) {
                if (outside(call, top) && calls(call, getter)) {
                    FieldUses.classify(call, 0, "", field, uses);
                }
            }
        }
        return uses;
    }

    private static boolean outside(CtElement e, CtType<?> top) {
        CtType<?> type = e.getParent(CtType.class);
        return type != null && type.getTopLevelType() != top;
    }

    /** True when {@code call} resolves to {@code getter}, or names its class when it does not resolve. */
    private static boolean calls(CtInvocation<?> call, CtMethod<?> getter) {
        CtExecutable<?> target;
        try {
            target = call.getExecutable().getExecutableDeclaration();
        } catch (RuntimeException e) {
            target = null;
        }
        if (target != null) {
            return target == getter;
        }
        CtExpression<?> receiver = call.getTarget();
        return receiver != null && receiver.getType() != null
                && receiver.getType().getSimpleName().equals(getter.getDeclaringType().getSimpleName());
    }

    /** Every field access and every call without arguments in a model, by simple name. */
    private record Index(Map<String, List<CtFieldAccess<?>>> accesses, Map<String, List<CtInvocation<?>>> calls) {

        static Index of(CtElement anyElement) {
            Map<String, List<CtFieldAccess<?>>> accesses = new HashMap<>();
            Map<String, List<CtInvocation<?>>> calls = new HashMap<>();
            CtElement root = anyElement.getFactory().getModel().getRootPackage();
            for (CtFieldAccess<?> access : root.getElements(new TypeFilter<CtFieldAccess<?>>(CtFieldAccess.class))) {
                if (access.getVariable() != null) {
                    accesses.computeIfAbsent(access.getVariable().getSimpleName(), k -> new ArrayList<>()).add(access);
                }
            }
            for (CtInvocation<?> call : root.getElements(new TypeFilter<CtInvocation<?>>(CtInvocation.class))) {
                if (call.getArguments().isEmpty() && call.getTarget() != null) {
                    calls.computeIfAbsent(call.getExecutable().getSimpleName(), k -> new ArrayList<>()).add(call);
                }
            }
            return new Index(accesses, calls);
        }
    }
}
