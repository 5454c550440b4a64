package io.github.maprace.plugin.rules;

/**
 * A lock visibly held around some code, as {@link LockScope} finds it.
 *
 * @param kind   how the lock is taken
 * @param lock   the lock as written: the monitor of {@code synchronized (lock)} ({@code this} or
 *               {@code Foo.class} for a synchronized method), or the receiver of
 *               {@code lock()}/{@code unlock()} ({@code lock}, {@code rw.writeLock()})
 * @param where  where it is taken, for messages: {@code put() at line 12}
 * @param id     which lock object it is, whatever the spelling: {@code this}, {@code lock} for
 *               {@code this.lock}, {@code rw} for {@code rw.readLock()}, {@code rw.writeLock()} and a
 *               {@code Lock} field initialized from either; {@code null} for an {@link Kind#ASSUMED} lock,
 *               which could be any
 */
record HeldLock(Kind kind, String lock, String where, String id) {

    /** How a lock is taken. */
    enum Kind {
        /** {@code synchronized (lock) { ... }}. */
        MONITOR,
        /** A synchronized method: the monitor is {@code this} or the class. */
        SYNCHRONIZED_METHOD,
        /** {@code lock.lock(); try { ... } finally { lock.unlock(); }} or a plain lock()/unlock() span. */
        LOCK,
        /** {@code long stamp = sl.writeLock(); ... sl.unlockWrite(stamp)}. */
        STAMPED,
        /** Declared, not seen: a method annotated {@code @GuardedBy} or named {@code ...Locked}. */
        ASSUMED
    }

    /** True when this is lock {@code id}, or an assumed lock that may be it. */
    boolean is(String id) {
        return this.id == null || this.id.equals(id);
    }

    /** How the lock reads in a message: {@code synchronized (lock)}, {@code rw.writeLock()}. */
    String shown() {
        return switch (kind) {
            case MONITOR -> "synchronized (" + lock + ")";
            case SYNCHRONIZED_METHOD -> "a synchronized method (monitor " + lock + ")";
            case LOCK, STAMPED -> lock;
            case ASSUMED -> "the lock its caller holds";
        };
    }

    /**
     * Code that takes the same lock around {@code code}, ready to paste. For a read/write lock the
     * half matches the access: {@code readLock()} for a read, {@code writeLock()} for a write.
     */
    String around(String code, boolean write) {
        return switch (kind) {
            case MONITOR, SYNCHRONIZED_METHOD, ASSUMED -> "synchronized (" + monitor() + ") { " + code + " }";
            case LOCK -> {
                String half = half(write);
                yield half + ".lock(); try { " + code + " } finally { " + half + ".unlock(); }";
            }
            case STAMPED -> {
                String mode = write ? "Write" : "Read";
                yield "long stamp = " + lock + "." + (write ? "writeLock" : "readLock") + "(); try { " + code
                        + " } finally { " + lock + ".unlock" + mode + "(stamp); }";
            }
        };
    }

    private String monitor() {
        return kind == Kind.ASSUMED ? "this" : lock;
    }

    private String half(boolean write) {
        if (lock.endsWith(".readLock()") || lock.endsWith(".writeLock()")) {
            String base = lock.substring(0, lock.lastIndexOf('.'));
            return base + (write ? ".writeLock()" : ".readLock()");
        }
        return lock;
    }
}
