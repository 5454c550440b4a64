package io.github.maprace.plugin.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import spoon.reflect.code.CtBlock;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtIf;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLambda;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtStatement;
import spoon.reflect.code.CtStatementList;
import spoon.reflect.code.CtSynchronized;
import spoon.reflect.code.CtTry;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.ModifierKind;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * The lock held around a piece of code, with enough detail to name it in a message and to write
 * the same lock around another access. Like {@link Locks} it only believes what encloses the code
 * lexically, but it knows more shapes: {@code synchronized} blocks and methods,
 * {@code lock(); try { … } finally { unlock(); }}, a plain {@code lock() … unlock()} span in one
 * block, {@code if (lock.tryLock())}, {@link java.util.concurrent.locks.StampedLock} stamps, inline
 * lambdas ({@code forEach}) under a lock, and private helpers whose every caller holds a lock.
 * A method annotated {@code @GuardedBy} or named {@code ...Locked} is taken at its word.
 */
final class LockScope {

    private LockScope() {
    }

    /** The innermost lock held around {@code e}, or {@code null} when none is visible. */
    static HeldLock held(CtElement e) {
        List<HeldLock> locks = held(e, null, new HashSet<>());
        return locks.isEmpty() ? null : locks.get(0);
    }

    /**
     * Every lock held around {@code e}, a use of {@code field}, innermost first. A private helper
     * holds the locks held around all its calls; calls made while the field's owner is still being
     * constructed need no lock and are left out.
     */
    static List<HeldLock> heldAll(CtElement e, CtField<?> field) {
        return held(e, field, new HashSet<>());
    }

    private static List<HeldLock> held(CtElement e, CtField<?> field, Set<CtMethod<?>> visiting) {
        List<HeldLock> locks = new ArrayList<>();
        CtElement child = e;
        for (CtElement cur = parent(e); cur != null; child = cur, cur = parent(cur)) {
            if (cur instanceof CtSynchronized block && block.getBlock() == child) {
                locks.add(new HeldLock(HeldLock.Kind.MONITOR, MapCalls.text(block.getExpression()), at(block),
                        LockIds.of(block.getExpression())));
            }
            if (cur instanceof CtTry attempt && attempt.getBody() == child) {
                locks.addAll(unlockedInFinally(attempt));
            }
            if (cur instanceof CtIf decision && decision.getThenStatement() == child
                    && decision.getCondition() instanceof CtInvocation<?> test
                    && "tryLock".equals(test.getExecutable().getSimpleName()) && test.getTarget() != null) {
                locks.add(new HeldLock(HeldLock.Kind.LOCK, MapCalls.text(test.getTarget()), at(decision),
                        LockIds.of(test.getTarget())));
            }
            if (cur instanceof CtStatementList list && child instanceof CtStatement statement) {
                locks.addAll(span(list, statement));
            }
            if (cur instanceof CtLambda<?> lambda) {
                if (!InlineLambdas.runsInline(lambda)) {
                    return locks;
                }
            } else if (cur instanceof CtMethod<?> method) {
                locks.addAll(ofMethod(method, field, visiting));
                return locks;
            } else if (cur instanceof CtExecutable<?> || cur instanceof CtType<?>) {
                return locks;
            }
        }
        return locks;
    }

    private static List<HeldLock> ofMethod(CtMethod<?> method, CtField<?> field, Set<CtMethod<?>> visiting) {
        if (method.hasModifier(ModifierKind.SYNCHRONIZED)) {
            String monitor = method.isStatic() && method.getDeclaringType() != null
                    ? method.getDeclaringType().getSimpleName() + ".class" : "this";
            return List.of(new HeldLock(HeldLock.Kind.SYNCHRONIZED_METHOD, monitor,
                    method.getSimpleName() + "() at line " + line(method), monitor));
        }
        if (isGuardedBy(method) || method.getSimpleName().endsWith("Locked")) {
            return List.of(new HeldLock(HeldLock.Kind.ASSUMED, "this", method.getSimpleName() + "()", null));
        }
        if (!method.isPrivate() && !Callers.isTemplate(method) || !visiting.add(method)) {
            return List.of();
        }
        try {
            return heldAtEveryCall(method, field, visiting);
        } finally {
            // only the current path guards against cycles: a helper reached along two paths is checked on each
            visiting.remove(method);
        }
    }

    /** The locks held at every call of the private {@code method} (outside construction), or none. */
    private static List<HeldLock> heldAtEveryCall(CtMethod<?> method, CtField<?> field, Set<CtMethod<?>> visiting) {
        Callers.Sites sites = Callers.of(method);
        if (!sites.complete()) {
            return List.of();
        }
        List<List<HeldLock>> atCalls = new ArrayList<>();
        for (CtInvocation<?> call : sites.calls()) {
            if (field != null && Construction.is(call, field)) {
                continue;
            }
            List<HeldLock> locks = held(call, field, visiting);
            if (locks.isEmpty()) {
                return List.of();
            }
            atCalls.add(locks);
        }
        if (atCalls.isEmpty()) {
            return List.of();
        }
        List<HeldLock> common = atCalls.get(0).stream()
                .filter(lock -> atCalls.stream().allMatch(locks -> locks.stream().anyMatch(other -> other.is(lock.id()))))
                .toList();
        List<HeldLock> shown = common.isEmpty() ? atCalls.get(0).subList(0, 1) : common;
        String around = ", around every call of " + method.getSimpleName() + "()";
        return shown.stream().map(lock -> new HeldLock(lock.kind(), lock.lock(), lock.where() + around, lock.id())).toList();
    }

    private static boolean isGuardedBy(CtMethod<?> method) {
        for (CtAnnotation<?> annotation : method.getAnnotations()) {
            if (annotation.getAnnotationType() != null && "GuardedBy".equals(annotation.getAnnotationType().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    /** The locks a {@code finally} block releases: {@code lock.unlock()}, {@code rw.writeLock().unlock()}, {@code sl.unlockWrite(stamp)}. */
    private static List<HeldLock> unlockedInFinally(CtTry attempt) {
        CtBlock<?> finalizer = attempt.getFinalizer();
        if (finalizer == null) {
            return List.of();
        }
        List<HeldLock> locks = new ArrayList<>();
        for (CtInvocation<?> call : finalizer.getElements(new TypeFilter<>(CtInvocation.class))) {
            String name = call.getExecutable().getSimpleName();
            if ((name.startsWith("unlock") || Locks.isMonitorLeave(call)) && call.getTarget() != null) {
                boolean stamped = !call.getArguments().isEmpty();
                locks.add(new HeldLock(stamped ? HeldLock.Kind.STAMPED : HeldLock.Kind.LOCK,
                        MapCalls.text(call.getTarget()), at(attempt), LockIds.of(call.getTarget())));
            }
        }
        return locks;
    }

    /** The {@code lock()}s earlier in the same block with no {@code unlock()} of the same lock in between, innermost first. */
    private static List<HeldLock> span(CtStatementList list, CtStatement statement) {
        List<CtExpression<?>> held = new ArrayList<>();
        List<CtStatement> lockedAt = new ArrayList<>();
        List<Boolean> stamped = new ArrayList<>();
        for (CtStatement s : list.getStatements()) {
            if (s == statement) {
                break;
            }
            CtInvocation<?> call = s instanceof CtInvocation<?> invocation ? invocation
                    : s instanceof CtLocalVariable<?> local && local.getDefaultExpression() instanceof CtInvocation<?> init
                    ? init : null;
            if (call == null || call.getTarget() == null) {
                continue;
            }
            String name = call.getExecutable().getSimpleName();
            boolean stampLock = s instanceof CtLocalVariable<?> && ("writeLock".equals(name) || "readLock".equals(name));
            if ((s instanceof CtInvocation<?> && ("lock".equals(name) || "lockInterruptibly".equals(name))) || stampLock) {
                held.add(call.getTarget());
                lockedAt.add(s);
                stamped.add(stampLock);
            } else if (name.startsWith("unlock")) {
                String lock = MapCalls.text(call.getTarget());
                for (int i = held.size() - 1; i >= 0; i--) {
                    if (MapCalls.text(held.get(i)).equals(lock)) {
                        held.remove(i);
                        lockedAt.remove(i);
                        stamped.remove(i);
                        break;
                    }
                }
            }
        }
        List<HeldLock> locks = new ArrayList<>();
        for (int i = held.size() - 1; i >= 0; i--) {
            locks.add(new HeldLock(stamped.get(i) ? HeldLock.Kind.STAMPED : HeldLock.Kind.LOCK, MapCalls.text(held.get(i)),
                    at(lockedAt.get(i)), LockIds.of(held.get(i))));
        }
        return locks;
    }

    private static CtElement parent(CtElement e) {
        return e.isParentInitialized() ? e.getParent() : null;
    }

    private static String at(CtElement e) {
        return Callers.where(e) + " at line " + line(e);
    }

    static int line(CtElement e) {
        return e.getPosition() != null && e.getPosition().isValidPosition() ? e.getPosition().getLine() : 0;
    }
}
