package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import java.util.List;
import java.util.Set;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.code.CtBlock;
import spoon.reflect.code.CtCFlowBreak;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtIf;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtStatement;
import spoon.reflect.code.CtStatementList;
import spoon.reflect.code.CtTry;
import spoon.reflect.code.CtUnaryOperator;
import spoon.reflect.code.UnaryOperatorKind;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtType;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * UNLOCK_NOT_IN_FINALLY: {@code lock()} or {@code lockInterruptibly()} of a {@code Lock} that is
 * not directly followed by {@code try { ... } finally { sameLock.unlock(); }}, and a successful
 * {@code tryLock()} branch that does not start with that {@code try}. The finding sits on the
 * lock call.
 *
 * <p>Severity is {@link Severity#WARNING}: the code works until something between the lock and the
 * unlock throws; then the lock is never released and every later caller blocks forever.
 *
 * <p>Accepted: the canonical {@code lock.lock(); try { ... } finally { lock.unlock(); }};
 * {@code lock()} as the first statement inside the {@code try} whose {@code finally} unlocks (if
 * {@code lock()} itself fails, that finally's {@code unlock()} throws
 * {@code IllegalMonitorStateException} over the real cause, a smaller problem, so it is not
 * flagged); several {@code lock()} calls in a row before one {@code try} that releases them all;
 * {@code if (lock.tryLock()) { try { ... } finally { lock.unlock(); } }} and
 * {@code if (!lock.tryLock()) return; try { ... } finally { lock.unlock(); }}; and a path to that
 * {@code try} through code that cannot throw, such as the write-to-read downgrade of
 * ReentrantReadWriteLock's Javadoc (CachedData). A method that takes
 * a lock and never releases it is not flagged either: it hands the lock to its caller on purpose
 * ({@code acquire()} wrappers) and the caller is checked instead.
 */
public final class UnlockNotInFinallyRule implements Rule {

    /** The rule id. */
    public static final String ID = "UNLOCK_NOT_IN_FINALLY";

    private static final RuleInfo INFO = new RuleInfo(ID,
            "lock() not paired with unlock() in a finally block",
            Severity.WARNING,
            "If the code between lock() and unlock() throws (a failed map call, an NPE, an assertion), the "
                    + "unlock() is skipped, the lock stays held by a thread that has moved on, and every later "
                    + "caller of lock() blocks forever.",
            "Write lock.lock(); try { ... } finally { lock.unlock(); } with nothing between lock() and try, "
                    + "or if (lock.tryLock()) { try { ... } finally { lock.unlock(); } }.");

    private static final Set<String> LOCK_TYPES = Set.of("Lock", "ReentrantLock", "ReadLock", "WriteLock");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<? extends CtElement> target() {
        return CtInvocation.class;
    }

    @Override
    public void inspect(CtElement element, FindingSink sink) {
        CtInvocation<?> call = (CtInvocation<?>) element;
        CtExpression<?> lock = call.getTarget();
        boolean blocking = MapCalls.is(call, "lock", 0) || MapCalls.is(call, "lockInterruptibly", 0);
        boolean trying = MapCalls.is(call, "tryLock", 0) || MapCalls.is(call, "tryLock", 2);
        if (lock == null || !blocking && !trying || !isLock(lock, call)) {
            return;
        }
        if (blocking) {
            inspectLock(call, lock, sink);
        } else {
            inspectTryLock(call, lock, sink);
        }
    }

    private void inspectLock(CtInvocation<?> call, CtExpression<?> lock, FindingSink sink) {
        if (!(call.getParent() instanceof CtStatementList list)) {
            return;
        }
        int at = indexOf(list.getStatements(), call);
        if (reachesFinallyThatUnlocks(call, lock)) {
            return;
        }
        if (list.getParent() instanceof CtTry attempt && attempt.getBody() == list && unlocksInFinally(attempt, lock)) {
            if (at > 0) {
                sink.report(call, String.format("%s is not the first statement of the try whose finally releases it "
                                + "(line %d): if the code before it in the try throws, that finally calls unlock() on "
                                + "a lock this thread does not hold, and the IllegalMonitorStateException hides the "
                                + "real exception.", callText(call), line(attempt.getFinalizer())),
                        canonical(call, lock), List.of(new Related(attempt.getFinalizer(), "the finally that releases it")));
            }
            return;
        }
        if (insideTryThatUnlocks(list, lock)) {
            // lock swapping inside the try: unlock(); lock = rw.writeLock(); lock.lock(); the finally releases it
            return;
        }
        CtInvocation<?> unlock = laterUnlock(call, lock);
        if (unlock != null) {
            sink.report(call, String.format("%s is not followed by try { ... } finally { %s.unlock(); }: the "
                            + "unlock() at line %d is skipped when anything between them throws, the lock stays "
                            + "held, and every later caller of %s blocks forever.",
                    callText(call), MapCalls.text(lock), line(unlock), callText(call)), canonical(call, lock),
                    List.of(new Related(unlock, "the unlock() outside a finally")));
        }
    }

    private void inspectTryLock(CtInvocation<?> call, CtExpression<?> lock, FindingSink sink) {
        CtElement parent = call.getParent();
        if (parent instanceof CtIf decision && decision.getCondition() == call) {
            // if (lock.tryLock()) { try { ... } finally { lock.unlock(); } }
            CtStatement then = decision.getThenStatement();
            CtStatement first = then instanceof CtBlock<?> block && !block.getStatements().isEmpty()
                    ? block.getStatements().get(0) : then;
            if (first == null || unlocksInFinally(first, lock) || !unlocksIn(then, lock)) {
                return;
            }
        } else if (parent instanceof CtUnaryOperator<?> not && not.getKind() == UnaryOperatorKind.NOT
                && not.getParent() instanceof CtIf decision && decision.getCondition() == not
                && leaves(decision.getThenStatement()) && decision.getParent() instanceof CtStatementList list) {
            // if (!lock.tryLock()) return; try { ... } finally { lock.unlock(); }
            List<CtStatement> statements = list.getStatements();
            int at = indexOf(statements, decision);
            while (at + 1 < statements.size() && cannotThrow(statements.get(at + 1))) {
                at++;
            }
            if (at + 1 >= statements.size() || unlocksInFinally(statements.get(at + 1), lock)
                    || statements.subList(at + 1, statements.size()).stream().noneMatch(s -> unlocksIn(s, lock))) {
                return;
            }
        } else {
            return;
        }
        sink.report(call, String.format("The code %s guards does not start with try { ... } finally { %s.unlock(); }: "
                        + "when it throws, the unlock() is skipped and the lock stays held forever.",
                        callText(call), MapCalls.text(lock)),
                String.format("Write if (%1$s) { try { ... } finally { %2$s.unlock(); } } so that the lock is released "
                        + "however the guarded code ends.", callText(call), MapCalls.text(lock)));
    }

    /**
     * Follows the code that runs after {@code call} until something could throw: true when that is
     * a try whose finally releases {@code lock}. On the way it passes statements that cannot throw,
     * other locks' lock() and unlock() calls (a finally that only releases another lock, as in the
     * write-to-read downgrade of ReentrantReadWriteLock's Javadoc), the ends of enclosing blocks,
     * and an {@code if} whose branch starts by releasing {@code lock} (that branch no longer holds
     * this acquisition; a lock() it takes later is checked on its own).
     */
    private static boolean reachesFinallyThatUnlocks(CtStatement call, CtExpression<?> lock) {
        CtStatement from = call;
        while (from.getParent() instanceof CtStatementList list) {
            List<CtStatement> statements = list.getStatements();
            for (int i = indexOf(statements, from) + 1; i < statements.size(); i++) {
                CtStatement next = statements.get(i);
                if (unlocksInFinally(next, lock)) {
                    return true;
                }
                if (!isOtherLockCall(next, lock) && !isOtherUnlockCall(next, lock) && !cannotThrow(next)
                        && !releasesFirst(next, lock)) {
                    return false;
                }
            }
            CtElement container = list.getParent();
            if (container instanceof CtTry attempt && attempt.getBody() == list && attempt.getCatchers().isEmpty()
                    && attempt.getFinalizer() != null && !unlocksIn(attempt.getFinalizer(), lock)
                    && attempt.getFinalizer().getStatements().stream().allMatch(f -> isOtherUnlockCall(f, lock))) {
                from = attempt;
            } else if (container instanceof CtIf decision) {
                from = decision;
            } else if (container instanceof CtStatementList && list instanceof CtBlock<?> nested) {
                from = nested;
            } else {
                return false;
            }
        }
        return false;
    }

    private static boolean isOtherUnlockCall(CtStatement statement, CtExpression<?> lock) {
        return statement instanceof CtInvocation<?> other && MapCalls.is(other, "unlock", 0)
                && other.getTarget() != null && !LockHalves.same(other.getTarget(), lock);
    }

    /** {@code if (!valid) { lock.unlock(); ... }} with a condition that cannot throw and no else. */
    private static boolean releasesFirst(CtStatement statement, CtExpression<?> lock) {
        if (!(statement instanceof CtIf decision) || decision.getElseStatement() != null
                || !decision.getCondition().getElements(new TypeFilter<>(CtAbstractInvocation.class)).isEmpty()) {
            return false;
        }
        CtStatement then = decision.getThenStatement();
        CtStatement first = then instanceof CtBlock<?> block && !block.getStatements().isEmpty()
                ? block.getStatements().get(0) : then;
        return first instanceof CtInvocation<?> unlock && isUnlockOf(unlock, lock);
    }

    /** {@code lock.lock(); try { ... } finally { lock.unlock(); }} for the user's own lock expression. */
    private static String canonical(CtInvocation<?> call, CtExpression<?> lock) {
        String text = MapCalls.text(lock);
        return String.format("Release the lock in a finally block that directly follows the lock call: %s; try { "
                + "... } finally { %s.unlock(); } with nothing between %s and try.", callText(call), text, callText(call));
    }

    /** True for a Lock by declared type, by being a read/write half, or by being unlocked in the same method. */
    private static boolean isLock(CtExpression<?> lock, CtInvocation<?> call) {
        CtTypeReference<?> type = lock.getType();
        if (type != null && LOCK_TYPES.contains(type.getSimpleName()) || LockHalves.of(lock) != null) {
            return true;
        }
        CtExecutable<?> body = call.getParent(CtExecutable.class);
        return body != null && body.getElements(new TypeFilter<>(CtInvocation.class)).stream()
                .anyMatch(other -> isUnlockOf(other, lock));
    }

    private static boolean isOtherLockCall(CtStatement statement, CtExpression<?> lock) {
        return statement instanceof CtInvocation<?> other
                && (MapCalls.is(other, "lock", 0) || MapCalls.is(other, "lockInterruptibly", 0))
                && other.getTarget() != null && !LockHalves.same(other.getTarget(), lock);
    }

    /**
     * True for a statement between lock() and try that cannot throw, so that nothing can skip the
     * finally: a local declared without a value or with a literal ({@code boolean satisfied = false;},
     * as in Guava's Monitor).
     */
    private static boolean cannotThrow(CtStatement statement) {
        return statement instanceof CtLocalVariable<?> local
                && (local.getDefaultExpression() == null || local.getDefaultExpression() instanceof CtLiteral<?>);
    }

    /** True when {@code code} sits, within its method, in the body of a try whose finally releases {@code lock}. */
    private static boolean insideTryThatUnlocks(CtElement code, CtExpression<?> lock) {
        CtElement child = code;
        for (CtElement e = code.getParent(); e != null && !(e instanceof CtExecutable<?>) && !(e instanceof CtType<?>);
             child = e, e = e.getParent()) {
            if (e instanceof CtTry attempt && attempt.getBody() == child && unlocksInFinally(attempt, lock)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unlocksInFinally(CtStatement statement, CtExpression<?> lock) {
        return statement instanceof CtTry attempt && attempt.getFinalizer() != null
                && unlocksIn(attempt.getFinalizer(), lock);
    }

    private static boolean unlocksIn(CtElement code, CtExpression<?> lock) {
        return code != null && code.getElements(new TypeFilter<>(CtInvocation.class)).stream()
                .anyMatch(call -> isUnlockOf(call, lock));
    }

    private static boolean isUnlockOf(CtInvocation<?> call, CtExpression<?> lock) {
        return MapCalls.is(call, "unlock", 0) && LockHalves.same(call.getTarget(), lock);
    }

    /** The first {@code unlock()} of the same lock after {@code call} in the same method body. */
    private static CtInvocation<?> laterUnlock(CtInvocation<?> call, CtExpression<?> lock) {
        CtExecutable<?> body = call.getParent(CtExecutable.class);
        if (body == null) {
            return null;
        }
        boolean after = false;
        for (CtInvocation<?> other : body.getElements(new TypeFilter<>(CtInvocation.class))) {
            if (other == call) {
                after = true;
            } else if (after && isUnlockOf(other, lock) && other.getParent(CtExecutable.class) == body) {
                return other;
            }
        }
        return null;
    }

    private static boolean leaves(CtStatement statement) {
        if (statement instanceof CtBlock<?> block) {
            List<CtStatement> statements = block.getStatements();
            return !statements.isEmpty() && statements.get(statements.size() - 1) instanceof CtCFlowBreak;
        }
        return statement instanceof CtCFlowBreak;
    }

    private static String callText(CtInvocation<?> call) {
        return MapCalls.text(call.getTarget()) + "." + call.getExecutable().getSimpleName() + "("
                + (call.getArguments().isEmpty() ? "" : "...") + ")";
    }

    private static int indexOf(List<CtStatement> statements, CtStatement wanted) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static int line(CtElement e) {
        return e != null && e.getPosition().isValidPosition() ? e.getPosition().getLine() : 0;
    }
}
