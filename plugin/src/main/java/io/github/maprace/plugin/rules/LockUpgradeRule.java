package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import java.util.List;
import spoon.reflect.code.CtBlock;
import spoon.reflect.code.CtCFlowBreak;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtStatement;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * LOCK_UPGRADE: {@code writeLock().lock()} (or {@code lockInterruptibly()}) of a read-write lock
 * while the same method still holds that lock's read half: {@code rwl.readLock().lock()} earlier in
 * the method, with no {@code rwl.readLock().unlock()} in between on the way. Halves held in fields
 * or locals ({@code readLock = rwl.readLock()}) count as the lock they came from. The finding sits
 * on the write lock call.
 *
 * <p>Severity is {@link Severity#ERROR}: {@code ReentrantReadWriteLock} does not support upgrading;
 * the write lock waits until no thread holds the read lock, including the caller, so the thread
 * deadlocks with itself (and blocks every other user of the lock with it).
 *
 * <p>The walk is in source order within one method body; an acquisition or release that sits in a
 * branch ending in {@code return}, {@code throw}, {@code break} or {@code continue} is not on the
 * way to the write lock and does not count. Not flagged: the read lock released before the write
 * lock is taken, a downgrade (read lock taken while holding the write lock), {@code tryLock()} of
 * the write half (it fails instead of deadlocking), and a write lock taken in a lambda or a called
 * method (only the method's own body is followed).
 */
public final class LockUpgradeRule implements Rule {

    /** The rule id. */
    public static final String ID = "LOCK_UPGRADE";

    private static final RuleInfo INFO = new RuleInfo(ID,
            "ReentrantReadWriteLock write lock taken while holding its read lock",
            Severity.ERROR,
            "ReentrantReadWriteLock does not support upgrading: writeLock().lock() while the same thread holds "
                    + "the read lock waits for every reader to leave, itself included, and deadlocks; every other "
                    + "thread that then needs the lock hangs with it.",
            "Release the read lock before taking the write lock, and re-check the condition after acquiring "
                    + "it (another writer may have run in between): rwl.readLock().unlock(); "
                    + "rwl.writeLock().lock(); try { if (stillNeeded) { ... } } finally { rwl.writeLock().unlock(); }. "
                    + "Or use StampedLock.tryConvertToWriteLock.");

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
        CtInvocation<?> writeLock = (CtInvocation<?>) element;
        if (!acquires(writeLock) || writeLock.getTarget() == null) {
            return;
        }
        LockHalves.Half write = LockHalves.of(writeLock.getTarget());
        if (write == null || !write.write()) {
            return;
        }
        CtExecutable<?> body = writeLock.getParent(CtExecutable.class);
        if (body == null) {
            return;
        }
        int held = 0;
        CtInvocation<?> lastAcquire = null;
        for (CtInvocation<?> call : body.getElements(new TypeFilter<>(CtInvocation.class))) {
            if (call == writeLock) {
                break;
            }
            boolean acquire = acquires(call) || MapCalls.is(call, "tryLock", 0) || MapCalls.is(call, "tryLock", 2);
            boolean release = MapCalls.is(call, "unlock", 0);
            if (!acquire && !release || call.getParent(CtExecutable.class) != body || !readHalfOf(call, write)
                    || !reaches(call, writeLock)) {
                continue;
            }
            if (acquire) {
                held++;
                lastAcquire = call;
            } else {
                held = Math.max(0, held - 1);
            }
        }
        if (held > 0) {
            sink.report(writeLock, message(writeLock, lastAcquire), fix(writeLock, lastAcquire),
                    List.of(new Related(lastAcquire, "the read lock is taken here: " + MapCalls.text(lastAcquire))));
        }
    }

    private static boolean acquires(CtInvocation<?> call) {
        return MapCalls.is(call, "lock", 0) || MapCalls.is(call, "lockInterruptibly", 0);
    }

    private static boolean readHalfOf(CtInvocation<?> call, LockHalves.Half write) {
        LockHalves.Half half = call.getTarget() == null ? null : LockHalves.of(call.getTarget());
        return half != null && !half.write() && half.sameLock(write);
    }

    /**
     * True unless {@code event} sits in a block, not enclosing {@code later}, that ends by leaving
     * ({@code if (hit) { rwl.readLock().unlock(); return v; }}): then control never gets from it to
     * {@code later}.
     */
    private static boolean reaches(CtElement event, CtElement later) {
        for (CtElement e = event.getParent(); e != null && !Locks.encloses(e, later); e = e.getParent()) {
            if (e instanceof CtBlock<?> block) {
                List<CtStatement> statements = block.getStatements();
                if (!statements.isEmpty() && statements.get(statements.size() - 1) instanceof CtCFlowBreak) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String message(CtInvocation<?> writeLock, CtInvocation<?> readLock) {
        return String.format("%s.%s() is called while this thread still holds %s, taken at line %d and not "
                        + "released before this line: ReentrantReadWriteLock cannot upgrade a read lock, so this call "
                        + "waits for every reader to leave, this thread included, and deadlocks.",
                MapCalls.text(writeLock.getTarget()), writeLock.getExecutable().getSimpleName(),
                MapCalls.text(readLock.getTarget()), line(readLock));
    }

    private static String fix(CtInvocation<?> writeLock, CtInvocation<?> readLock) {
        String read = MapCalls.text(readLock.getTarget());
        String write = MapCalls.text(writeLock.getTarget());
        return String.format("Release the read lock first, then take the write lock and re-check the condition, "
                        + "because another writer may have run in between: %1$s.unlock(); %2$s.lock(); try { "
                        + "if (/* still needed */) { ... } %1$s.lock(); /* optional downgrade */ } finally { "
                        + "%2$s.unlock(); } (and make sure the finally that releases the read lock does not release it "
                        + "a second time). Or use a StampedLock: long stamp = sl.readLock(); ... long ws = "
                        + "sl.tryConvertToWriteLock(stamp); if (ws == 0L) { sl.unlockRead(stamp); stamp = "
                        + "sl.writeLock(); /* re-check */ } else { stamp = ws; }",
                read, write);
    }

    private static int line(CtElement e) {
        return e.getPosition().isValidPosition() ? e.getPosition().getLine() : 0;
    }
}
