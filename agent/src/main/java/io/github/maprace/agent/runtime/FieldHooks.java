package io.github.maprace.agent.runtime;

/**
 * Entry points for volatile fields, field updaters and {@code VarHandle}s, per (holder, field)
 * ({@link FieldClocks}): a write releases before it happens, a read acquires after it. Static
 * fields have their class as holder. Never throws into the caller.
 */
public final class FieldHooks {
    private FieldHooks() {
    }

    /** Before a write of volatile field {@code field} (an id from {@link FieldClocks#id}) of {@code holder}. */
    public static void volatileWrite(Object holder, int field) {
        release(holder, FieldClocks.key(field));
    }

    /** After a read of volatile field {@code field} of {@code holder}. */
    public static void volatileRead(Object holder, int field) {
        acquire(holder, FieldClocks.key(field));
    }

    /** Before a write through {@code accessor} (a field updater or VarHandle) of {@code holder}'s field. */
    public static void release(Object holder, Object accessor) {
        try {
            FieldClocks.release(ThreadState.current(), holder, accessor);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** After a read through {@code accessor} of {@code holder}'s field. */
    public static void acquire(Object holder, Object accessor) {
        try {
            FieldClocks.acquire(ThreadState.current(), holder, accessor);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** The field key of every VarHandle access to a holder (the rewriter cannot always reach the handle). */
    private static final Object VAR_HANDLE_FIELDS = new Object();

    /** Before a {@code setVolatile}/{@code setRelease} of a field or element of {@code holder}. */
    public static void varHandleWrite(Object holder) {
        release(holder, VAR_HANDLE_FIELDS);
    }

    /** After a {@code getVolatile}/{@code getAcquire} of a field or element of {@code holder}. */
    public static void varHandleRead(Object holder) {
        acquire(holder, VAR_HANDLE_FIELDS);
    }

    /** Before a compare-and-set or get-and-update through a VarHandle on {@code holder}. */
    public static void varHandleUpdate(Object holder) {
        releaseAcquire(holder, VAR_HANDLE_FIELDS);
    }

    /** Before a read-modify-write through {@code accessor} whose result the rewriter cannot wait for. */
    public static void releaseAcquire(Object holder, Object accessor) {
        acquire(holder, accessor);
        release(holder, accessor);
    }
}
