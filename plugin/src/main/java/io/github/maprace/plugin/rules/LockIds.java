package io.github.maprace.plugin.rules;

import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldAccess;
import spoon.reflect.code.CtThisAccess;
import spoon.reflect.code.CtTypeAccess;
import spoon.reflect.code.CtVariableAccess;

/**
 * Which lock object a lock expression names, so that two spellings of one lock compare equal:
 * {@code lock} and {@code this.lock}; {@code rw.readLock()}, {@code rw.writeLock()} and a
 * {@code Lock} variable initialized from either (one {@code ReadWriteLock}: its halves exclude
 * each other's writers, which is what guarding a map needs); {@code Foo.class} and a static
 * synchronized method of {@code Foo}.
 */
final class LockIds {

    private LockIds() {
    }

    /** The id of the lock {@code lock} names (see {@link HeldLock#id()}). */
    static String of(CtExpression<?> lock) {
        LockHalves.Half half = LockHalves.of(lock);
        CtExpression<?> named = half != null ? half.owner() : lock;
        if (named instanceof CtThisAccess<?>) {
            return "this";
        }
        // Spoon reads Foo.class as a field named "class"; its id is the one a static synchronized method of Foo has
        if (named instanceof CtFieldAccess<?> literal && literal.getVariable() != null
                && "class".equals(literal.getVariable().getSimpleName())
                && literal.getTarget() instanceof CtTypeAccess<?> type && type.getAccessedType() != null) {
            return type.getAccessedType().getSimpleName() + ".class";
        }
        if (named instanceof CtVariableAccess<?> access && access.getVariable() != null && isOwn(access)) {
            return access.getVariable().getSimpleName();
        }
        String text = MapCalls.text(named);
        return text.startsWith("this.") ? text.substring("this.".length()) : text;
    }

    /** A local, or a field of this object or class: the name alone identifies it. */
    private static boolean isOwn(CtVariableAccess<?> access) {
        if (!(access instanceof CtFieldAccess<?> field)) {
            return true;
        }
        CtExpression<?> target = field.getTarget();
        return target == null || target.isImplicit() || target instanceof CtThisAccess<?> || target instanceof CtTypeAccess<?>;
    }
}
