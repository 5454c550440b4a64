package io.github.maprace.agent.runtime;

import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Wraps a task handed to another thread (an executor task, a CompletableFuture stage, a virtual
 * thread's body) so that what the submitting thread did before the hand-off happens before the
 * task, and the task happens before whoever waits for it: the future, the dependent stage, the
 * executor's termination. One class implements every functional shape that is handed off.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
abstract class TaskWrapper {
    /** The two-argument function shape, apart because its {@code andThen} clashes with Function's. */
    static final class Pair extends TaskWrapper implements BiFunction<Object, Object, Object> {
        Pair(Object task, ThreadState submitter, Object[] sources, SyncClock owner) {
            super(task, submitter, sources, owner);
        }

        @Override
        public Object apply(Object a, Object b) {
            ThreadState ts = begin();
            try {
                return ((BiFunction) task()).apply(a, b);
            } finally {
                end(ts);
            }
        }
    }

    /** Every one-argument and no-argument shape. */
    static final class Single extends TaskWrapper implements Runnable, Callable<Object>, Supplier<Object>,
            Function<Object, Object>, Consumer<Object>, BiConsumer<Object, Object> {
        Single(Object task, ThreadState submitter, Object[] sources, SyncClock owner) {
            super(task, submitter, sources, owner);
        }

        @Override
        public void run() {
            ThreadState ts = begin();
            try {
                ((Runnable) task()).run();
            } finally {
                end(ts);
            }
        }

        @Override
        public Object call() throws Exception {
            ThreadState ts = begin();
            try {
                return ((Callable) task()).call();
            } finally {
                end(ts);
            }
        }

        @Override
        public Object get() {
            ThreadState ts = begin();
            try {
                return ((Supplier) task()).get();
            } finally {
                end(ts);
            }
        }

        @Override
        public Object apply(Object a) {
            ThreadState ts = begin();
            try {
                return ((Function) task()).apply(a);
            } finally {
                end(ts);
            }
        }

        @Override
        public void accept(Object a) {
            ThreadState ts = begin();
            try {
                ((Consumer) task()).accept(a);
            } finally {
                end(ts);
            }
        }

        @Override
        public void accept(Object a, Object b) {
            ThreadState ts = begin();
            try {
                ((BiConsumer) task()).accept(a, b);
            } finally {
                end(ts);
            }
        }
    }

    private final Object task;
    private final VectorClock start;
    private final Object[] sources;
    final SyncClock done = new SyncClock();
    private final SyncClock owner;

    TaskWrapper(Object task, ThreadState submitter, Object[] sources, SyncClock owner) {
        this.task = task;
        this.start = submitter.clock.copy();
        this.sources = sources;
        this.owner = owner;
        submitter.tick();
    }

    final Object task() {
        return task;
    }

    final ThreadState begin() {
        ThreadState ts = ThreadState.current();
        try {
            ts.clock.join(start);
            ts.refreshEpoch();
            if (sources != null) {
                for (Object s : sources) {
                    if (s != null) {
                        SyncClocks.acquire(ts, s);
                    }
                }
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
        return ts;
    }

    final void end(ThreadState ts) {
        try {
            if (owner != null) {
                owner.release(ts);
            }
            done.release(ts);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(task);
    }
}
