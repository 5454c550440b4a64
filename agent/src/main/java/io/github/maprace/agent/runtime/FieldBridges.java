package io.github.maprace.agent.runtime;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.function.BinaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * Bridges for field-updater calls with three argument slots, whose holder (the second stack
 * value below the arguments) stack shuffles cannot reach: the field's clock is (holder, updater),
 * released before the update and acquired after it.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public final class FieldBridges {
    private FieldBridges() {
    }

    public static boolean compareAndSet(AtomicReferenceFieldUpdater u, Object h, Object expect, Object update) {
        FieldHooks.release(h, u);
        try {
            return u.compareAndSet(h, expect, update);
        } finally {
            FieldHooks.acquire(h, u);
        }
    }

    public static boolean weakCompareAndSet(AtomicReferenceFieldUpdater u, Object h, Object expect, Object update) {
        FieldHooks.release(h, u);
        try {
            return u.weakCompareAndSet(h, expect, update);
        } finally {
            FieldHooks.acquire(h, u);
        }
    }

    public static Object accumulateAndGet(AtomicReferenceFieldUpdater u, Object h, Object x, BinaryOperator f) {
        FieldHooks.release(h, u);
        try {
            return u.accumulateAndGet(h, x, f);
        } finally {
            FieldHooks.acquire(h, u);
        }
    }

    public static Object getAndAccumulate(AtomicReferenceFieldUpdater u, Object h, Object x, BinaryOperator f) {
        FieldHooks.release(h, u);
        try {
            return u.getAndAccumulate(h, x, f);
        } finally {
            FieldHooks.acquire(h, u);
        }
    }

    public static boolean compareAndSet(AtomicIntegerFieldUpdater u, Object h, int expect, int update) {
        FieldHooks.release(h, u);
        try {
            return u.compareAndSet(h, expect, update);
        } finally {
            FieldHooks.acquire(h, u);
        }
    }

    public static boolean weakCompareAndSet(AtomicIntegerFieldUpdater u, Object h, int expect, int update) {
        FieldHooks.release(h, u);
        try {
            return u.weakCompareAndSet(h, expect, update);
        } finally {
            FieldHooks.acquire(h, u);
        }
    }

    public static int accumulateAndGet(AtomicIntegerFieldUpdater u, Object h, int x, IntBinaryOperator f) {
        FieldHooks.release(h, u);
        try {
            return u.accumulateAndGet(h, x, f);
        } finally {
            FieldHooks.acquire(h, u);
        }
    }

    public static boolean compareAndSet(AtomicLongFieldUpdater u, Object h, long expect, long update) {
        FieldHooks.release(h, u);
        try {
            return u.compareAndSet(h, expect, update);
        } finally {
            FieldHooks.acquire(h, u);
        }
    }

    public static boolean weakCompareAndSet(AtomicLongFieldUpdater u, Object h, long expect, long update) {
        FieldHooks.release(h, u);
        try {
            return u.weakCompareAndSet(h, expect, update);
        } finally {
            FieldHooks.acquire(h, u);
        }
    }

    public static long accumulateAndGet(AtomicLongFieldUpdater u, Object h, long x, LongBinaryOperator f) {
        FieldHooks.release(h, u);
        try {
            return u.accumulateAndGet(h, x, f);
        } finally {
            FieldHooks.acquire(h, u);
        }
    }
}
