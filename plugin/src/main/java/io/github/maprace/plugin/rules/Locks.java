package io.github.maprace.plugin.rules;

import spoon.reflect.code.CtBlock;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLambda;
import spoon.reflect.code.CtSynchronized;
import spoon.reflect.code.CtTry;
import spoon.reflect.code.CtVariableAccess;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtPackage;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.ModifierKind;
import spoon.reflect.reference.CtVariableReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * Which locks are visibly held around a piece of code. Only what encloses the code lexically
 * counts; the walk stops at a lambda or a nested type, because their bodies run later, when the
 * enclosing lock is no longer held.
 */
final class Locks {

    private Locks() {
    }

    /**
     * True when both {@code first} and {@code second} sit inside one {@code synchronized (map)}
     * block on the same map variable.
     */
    static boolean heldOnMap(CtElement first, CtElement second, CtVariableReference<?> map) {
        for (CtElement e = first.getParent(); e != null && !isBoundary(e); e = e.getParent()) {
            if (e instanceof CtSynchronized block && names(block.getExpression(), map) && encloses(block, second)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when both elements run under some lock the code takes itself: one enclosing
     * {@code synchronized} block or synchronized method, or a {@code try} whose {@code finally}
     * calls {@code unlock()} (the {@code lock(); try { … } finally { unlock(); }} idiom). The lock
     * is not checked to be the one every other user of the map takes; that is
     * INCONSISTENT_LOCKING's job.
     */
    static boolean heldAny(CtElement first, CtElement second) {
        for (CtElement e = first.getParent(); e != null && !isBoundary(e); e = e.getParent()) {
            if (e instanceof CtSynchronized && encloses(e, second)) {
                return true;
            }
            if (e instanceof CtTry attempt && unlocksFinally(attempt) && encloses(attempt.getBody(), second)
                    && encloses(attempt.getBody(), first)) {
                return true;
            }
            if (e instanceof CtMethod<?> method) {
                return method.hasModifier(ModifierKind.SYNCHRONIZED);
            }
        }
        return false;
    }

    private static boolean unlocksFinally(CtTry attempt) {
        CtBlock<?> finalizer = attempt.getFinalizer();
        if (finalizer == null) {
            return false;
        }
        return finalizer.getElements(new TypeFilter<>(CtInvocation.class)).stream()
                .anyMatch(call -> "unlock".equals(call.getExecutable().getSimpleName()) || isMonitorLeave(call));
    }

    /**
     * True for Guava's {@code monitor.leave()}, the release of {@code monitor.enter(); try { ... }
     * finally { monitor.leave(); }} (com.google.common.util.concurrent.Monitor, a Lock with guards).
     */
    static boolean isMonitorLeave(CtInvocation<?> call) {
        return call.getArguments().isEmpty() && "leave".equals(call.getExecutable().getSimpleName())
                && call.getTarget() != null && call.getTarget().getType() != null
                && "Monitor".equals(call.getTarget().getType().getSimpleName());
    }

    private static boolean names(CtExpression<?> lock, CtVariableReference<?> map) {
        return lock instanceof CtVariableAccess<?> access && access.getVariable() != null
                && access.getVariable().getSimpleName().equals(map.getSimpleName());
    }

    private static boolean isBoundary(CtElement e) {
        return e instanceof CtLambda<?> || e instanceof CtType<?>;
    }

    /**
     * True when {@code inner} is {@code outer} or one of its descendants. Only meant for code
     * inside a type: the walk stops at the first enclosing package.
     */
    static boolean encloses(CtElement outer, CtElement inner) {
        for (CtElement e = inner; e != null && !(e instanceof CtPackage); e = e.getParent()) {
            if (e == outer) {
                return true;
            }
        }
        return false;
    }
}
