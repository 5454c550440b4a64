package io.github.maprace.plugin.rules;

import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtVariableAccess;
import spoon.reflect.code.CtVariableWrite;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * The read and write halves of a {@code ReadWriteLock}, whether written in place
 * ({@code rwl.readLock().lock()}) or held in a variable initialized or assigned from one
 * ({@code private final Lock readLock = rwl.readLock();}).
 */
final class LockHalves {

    /**
     * One half of a read-write lock.
     *
     * @param owner the read-write lock variable, as accessed where the half was obtained
     * @param write true for {@code writeLock()}, false for {@code readLock()}
     */
    record Half(CtVariableAccess<?> owner, boolean write) {

        /** True when both halves belong to the same read-write lock variable. */
        boolean sameLock(Half other) {
            return other != null && MapCalls.sameExpression(owner, other.owner);
        }

        /** How the source names this half: {@code rwl.readLock()}. */
        String text() {
            return MapCalls.text(owner) + (write ? ".writeLock()" : ".readLock()");
        }
    }

    private LockHalves() {
    }

    /** The half {@code lock} names, or {@code null} when it is not (visibly) a read or write half. */
    static Half of(CtExpression<?> lock) {
        Half direct = direct(lock);
        if (direct != null || !(lock instanceof CtVariableAccess<?> access) || access.getVariable() == null) {
            return direct;
        }
        CtVariable<?> declaration = access.getVariable().getDeclaration();
        if (declaration == null) {
            return null;
        }
        Half initial = direct(declaration.getDefaultExpression());
        if (initial != null) {
            return initial;
        }
        CtElement scope = declaration instanceof CtField
                ? declaration.getParent(CtType.class)
                : declaration.getParent(CtExecutable.class);
        if (scope == null) {
            return null;
        }
        for (CtAssignment<?, ?> assignment : Assignments.to(declaration, scope)) {
            Half assigned = direct(assignment.getAssignment());
            if (assigned != null) {
                return assigned;
            }
        }
        return null;
    }

    /** True when two lock expressions name the same lock: the same variable, or the same half of one read-write lock. */
    static boolean same(CtExpression<?> a, CtExpression<?> b) {
        if (a == null || b == null) {
            return false;
        }
        if (MapCalls.sameExpression(a, b)) {
            return true;
        }
        Half left = of(a);
        Half right = of(b);
        return left != null && right != null && left.write() == right.write() && left.sameLock(right);
    }

    private static Half direct(CtExpression<?> expression) {
        if (expression instanceof CtInvocation<?> call && call.getArguments().isEmpty()
                && call.getTarget() instanceof CtVariableAccess<?> owner && owner.getVariable() != null) {
            String name = call.getExecutable().getSimpleName();
            if ("readLock".equals(name) || "writeLock".equals(name)) {
                return new Half(owner, "writeLock".equals(name));
            }
        }
        return null;
    }
}
