package io.github.maprace.plugin.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import spoon.reflect.code.CtBlock;
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
        return held(e, new HashSet<>());
    }

    private static HeldLock held(CtElement e, Set<CtMethod<?>> visiting) {
        CtElement child = e;
        for (CtElement cur = parent(e); cur != null; child = cur, cur = parent(cur)) {
            if (cur instanceof CtSynchronized block && block.getBlock() == child) {
                return new HeldLock(HeldLock.Kind.MONITOR, MapCalls.text(block.getExpression()), at(block));
            }
            if (cur instanceof CtTry attempt && attempt.getBody() == child) {
                HeldLock unlocked = unlockedInFinally(attempt);
                if (unlocked != null) {
                    return unlocked;
                }
            }
            if (cur instanceof CtIf decision && decision.getThenStatement() == child
                    && decision.getCondition() instanceof CtInvocation<?> test
                    && "tryLock".equals(test.getExecutable().getSimpleName()) && test.getTarget() != null) {
                return new HeldLock(HeldLock.Kind.LOCK, MapCalls.text(test.getTarget()), at(decision));
            }
            if (cur instanceof CtStatementList list && child instanceof CtStatement statement) {
                HeldLock span = span(list, statement);
                if (span != null) {
                    return span;
                }
            }
            if (cur instanceof CtLambda<?> lambda) {
                if (!InlineLambdas.runsInline(lambda)) {
                    return null;
                }
            } else if (cur instanceof CtMethod<?> method) {
                return ofMethod(method, visiting);
            } else if (cur instanceof CtExecutable<?> || cur instanceof CtType<?>) {
                return null;
            }
        }
        return null;
    }

    private static HeldLock ofMethod(CtMethod<?> method, Set<CtMethod<?>> visiting) {
        if (method.hasModifier(ModifierKind.SYNCHRONIZED)) {
            String monitor = method.isStatic() && method.getDeclaringType() != null
                    ? method.getDeclaringType().getSimpleName() + ".class" : "this";
            return new HeldLock(HeldLock.Kind.SYNCHRONIZED_METHOD, monitor, method.getSimpleName() + "() at line " + line(method));
        }
        if (isGuardedBy(method) || method.getSimpleName().endsWith("Locked")) {
            return new HeldLock(HeldLock.Kind.ASSUMED, "this", method.getSimpleName() + "()");
        }
        if (!method.isPrivate() || !visiting.add(method)) {
            return null;
        }
        Callers.Sites sites = Callers.of(method);
        if (!sites.complete() || sites.calls().isEmpty()) {
            return null;
        }
        HeldLock first = null;
        for (CtInvocation<?> call : sites.calls()) {
            HeldLock lock = held(call, visiting);
            if (lock == null) {
                return null;
            }
            first = first == null ? lock : first;
        }
        return new HeldLock(first.kind(), first.lock(), first.where() + ", around every call of " + method.getSimpleName() + "()");
    }

    private static boolean isGuardedBy(CtMethod<?> method) {
        for (CtAnnotation<?> annotation : method.getAnnotations()) {
            if (annotation.getAnnotationType() != null && "GuardedBy".equals(annotation.getAnnotationType().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    /** The lock a {@code finally} block releases: {@code lock.unlock()}, {@code rw.writeLock().unlock()}, {@code sl.unlockWrite(stamp)}. */
    private static HeldLock unlockedInFinally(CtTry attempt) {
        CtBlock<?> finalizer = attempt.getFinalizer();
        if (finalizer == null) {
            return null;
        }
        for (CtInvocation<?> call : finalizer.getElements(new TypeFilter<>(CtInvocation.class))) {
            String name = call.getExecutable().getSimpleName();
            if ((name.startsWith("unlock") || Locks.isMonitorLeave(call)) && call.getTarget() != null) {
                boolean stamped = !call.getArguments().isEmpty();
                return new HeldLock(stamped ? HeldLock.Kind.STAMPED : HeldLock.Kind.LOCK,
                        MapCalls.text(call.getTarget()), at(attempt));
            }
        }
        return null;
    }

    /** A {@code lock()} earlier in the same block with no {@code unlock()} of the same lock in between. */
    private static HeldLock span(CtStatementList list, CtStatement statement) {
        List<String> held = new ArrayList<>();
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
            String lock = MapCalls.text(call.getTarget());
            boolean stampLock = s instanceof CtLocalVariable<?> && ("writeLock".equals(name) || "readLock".equals(name));
            if ((s instanceof CtInvocation<?> && ("lock".equals(name) || "lockInterruptibly".equals(name))) || stampLock) {
                held.add(lock);
                lockedAt.add(s);
                stamped.add(stampLock);
            } else if (name.startsWith("unlock")) {
                int i = held.lastIndexOf(lock);
                if (i >= 0) {
                    held.remove(i);
                    lockedAt.remove(i);
                    stamped.remove(i);
                }
            }
        }
        if (held.isEmpty()) {
            return null;
        }
        int last = held.size() - 1;
        return new HeldLock(stamped.get(last) ? HeldLock.Kind.STAMPED : HeldLock.Kind.LOCK, held.get(last), at(lockedAt.get(last)));
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
