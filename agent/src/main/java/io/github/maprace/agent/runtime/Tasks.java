package io.github.maprace.agent.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Hooks for hand-offs of work to other threads: instrumented code passes the task through one of
 * these before handing it to an executor, a CompletableFuture or a thread builder, and passes the
 * returned future to {@link #bind(Object)}. Never throw: on an internal error the task is handed
 * on unwrapped.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public final class Tasks {
    private Tasks() {
    }

    private static TaskWrapper wrap(Object task, Object[] sources, Object executor) {
        ThreadState ts = ThreadState.current();
        SyncClock owner = executor == null ? null : SyncClocks.of(executor);
        TaskWrapper w = task instanceof BiFunction && !(task instanceof Function)
                ? new TaskWrapper.Pair(task, ts, sources, owner)
                : new TaskWrapper.Single(task, ts, sources, owner);
        ts.lastTaskDone = w.done;
        return w;
    }

    private static boolean skip(Object task) {
        return task == null || task instanceof TaskWrapper || !wrappable(task);
    }

    /**
     * A task handed to an executor as it is: wrapped when it has only functional shapes, else
     * (a {@code Comparable} task for a priority queue, a task with its own interface) tracked in
     * place by identity, its class's {@code run}/{@code call} reporting start and end
     * ({@link #taskStarted}, {@link #taskFinished}).
     */
    private static Object executorTask(Object task, Object executor) {
        if (task == null || task instanceof TaskWrapper) {
            return task;
        }
        if (wrappable(task)) {
            return wrap(task, null, executor);
        }
        ThreadState.current().lastTaskDone = InPlaceTasks.handOff(ThreadState.current(), task, executor);
        return task;
    }

    /** Called on entry to {@code run()}/{@code call()} of a project task class. */
    public static void taskStarted(Object task) {
        try {
            InPlaceTasks.started(task);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** Called on every exit from {@code run()}/{@code call()} of a project task class. */
    public static void taskFinished(Object task) {
        try {
            InPlaceTasks.finished(task);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    private static final Class<?>[] SHAPES = {Runnable.class, Callable.class, Supplier.class, Function.class,
        Consumer.class, BiFunction.class, BiConsumer.class};

    // a wrapper must be usable wherever the task was: a task of a shape we cannot mirror stays as it is
    private static final ClassValue<Boolean> ONLY_FUNCTIONAL = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Class<?> i : c.getInterfaces()) {
                    if (!java.util.Arrays.asList(SHAPES).contains(i) && i != java.io.Serializable.class) {
                        return false; // e.g. Comparable for a priority executor: the wrapper could not stand in
                    }
                }
            }
            return true;
        }
    };

    private static boolean wrappable(Object task) {
        if (!ONLY_FUNCTIONAL.get(task.getClass())) {
            return false;
        }
        boolean bi = task instanceof BiFunction;
        for (Class<?> shape : SHAPES) {
            if (shape.isInstance(task) && !(bi ? shape == BiFunction.class : shape != BiFunction.class)) {
                return false;
            }
        }
        return true;
    }

    /** A runnable handed to {@code executor} (may be null). */
    public static Runnable runnable(Runnable task, Object executor) {
        try {
            return (Runnable) executorTask(task, executor);
        } catch (Throwable t) {
            AgentErrors.record(t);
            return task;
        }
    }

    /** A callable handed to {@code executor}. */
    public static Callable callable(Callable task, Object executor) {
        try {
            return (Callable) executorTask(task, executor);
        } catch (Throwable t) {
            AgentErrors.record(t);
            return task;
        }
    }

    /** A supplier for {@code CompletableFuture.supplyAsync}. */
    public static Supplier supplier(Supplier task) {
        try {
            return skip(task) ? task : (Supplier) wrap(task, null, null);
        } catch (Throwable t) {
            AgentErrors.record(t);
            return task;
        }
    }

    /** A function of a dependent stage of {@code source}. */
    public static Function function(Function task, Object source) {
        try {
            return skip(task) ? task : (Function) wrap(task, new Object[] {source}, null);
        } catch (Throwable t) {
            AgentErrors.record(t);
            return task;
        }
    }

    /** A consumer of a dependent stage of {@code source}. */
    public static Consumer consumer(Consumer task, Object source) {
        try {
            return skip(task) ? task : (Consumer) wrap(task, new Object[] {source}, null);
        } catch (Throwable t) {
            AgentErrors.record(t);
            return task;
        }
    }

    /** A runnable of a dependent stage of {@code source}. */
    public static Runnable action(Runnable task, Object source) {
        try {
            return skip(task) ? task : (Runnable) wrap(task, new Object[] {source}, null);
        } catch (Throwable t) {
            AgentErrors.record(t);
            return task;
        }
    }

    /** A bi-function of a dependent stage of {@code source} (handle). */
    public static BiFunction biFunction(BiFunction task, Object source) {
        try {
            return skip(task) ? task : (BiFunction) wrap(task, new Object[] {source}, null);
        } catch (Throwable t) {
            AgentErrors.record(t);
            return task;
        }
    }

    /** A bi-consumer of a dependent stage of {@code source} (whenComplete). */
    public static BiConsumer biConsumer(BiConsumer task, Object source) {
        try {
            return skip(task) ? task : (BiConsumer) wrap(task, new Object[] {source}, null);
        } catch (Throwable t) {
            AgentErrors.record(t);
            return task;
        }
    }

    /** Any functional task depending on two stages (thenCombine and friends); used by bridges. */
    static <T> T twoSources(T task, Object first, Object second, Object executor) {
        try {
            return skip(task) ? task : (T) wrap(task, new Object[] {first, second}, executor);
        } catch (Throwable t) {
            AgentErrors.record(t);
            return task;
        }
    }

    /** A task handed to {@code executor}; used by bridges. */
    static <T> T handOff(T task, Object executor) {
        try {
            return (T) executorTask(task, executor);
        } catch (Throwable t) {
            AgentErrors.record(t);
            return task;
        }
    }

    /** The future returned for the task this thread wrapped last now carries that task's clock. */
    public static void bind(Object future) {
        try {
            ThreadState ts = ThreadState.current();
            SyncClock done = ts.lastTaskDone;
            ts.lastTaskDone = null;
            if (done != null && future != null) {
                SyncClocks.alias(future, done);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** The tasks of an {@code invokeAll}/{@code invokeAny}, wrapped. */
    public static Collection all(Collection tasks, Object executor) {
        try {
            if (tasks == null) {
                return null;
            }
            List out = new ArrayList(tasks.size());
            ThreadState ts = ThreadState.current();
            List<SyncClock> done = new ArrayList<>();
            for (Object task : tasks) {
                ts.lastTaskDone = null;
                out.add(executorTask(task, executor));
                done.add(ts.lastTaskDone != null ? ts.lastTaskDone : new SyncClock());
            }
            ts.lastTaskDone = null;
            ts.lastTasksDone = done.toArray(new SyncClock[0]);
            return out;
        } catch (Throwable t) {
            AgentErrors.record(t);
            return tasks;
        }
    }

    /** The futures of {@code invokeAll}, in task order. */
    public static void bindAll(Object futures) {
        try {
            ThreadState ts = ThreadState.current();
            SyncClock[] ws = ts.lastTasksDone;
            ts.lastTasksDone = null;
            if (ws == null || !(futures instanceof List<?> list)) {
                return;
            }
            for (int i = 0; i < ws.length && i < list.size(); i++) {
                SyncClocks.alias(list.get(i), ws[i]);
            }
            // invokeAll returns when every task is done (or cancelled): their work happens before
            for (SyncClock w : ws) {
                w.acquire(ts);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** After {@code invokeAny} returned: its result came from one of the tasks. */
    public static void anyDone(Object ignoredResult) {
        try {
            ThreadState ts = ThreadState.current();
            SyncClock[] ws = ts.lastTasksDone;
            ts.lastTasksDone = null;
            if (ws != null) {
                for (SyncClock w : ws) {
                    w.acquire(ts);
                }
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /**
     * The barrier action of a {@code CyclicBarrier}: it runs in the last thread to arrive, after
     * every party's arrival and before any party leaves, so it acquires and releases the barrier's
     * clock ({@link #barrierCreated} makes the barrier share it).
     */
    public static Runnable barrierAction(Runnable action) {
        try {
            if (action == null || !wrappable(action)) {
                return action;
            }
            BarrierAction w = new BarrierAction(action);
            ThreadState.current().lastBarrierAction = w;
            return w;
        } catch (Throwable t) {
            AgentErrors.record(t);
            return action;
        }
    }

    /** A CyclicBarrier was constructed with the action this thread wrapped last. */
    public static void barrierCreated(Object barrier) {
        try {
            ThreadState ts = ThreadState.current();
            BarrierAction w = ts.lastBarrierAction;
            ts.lastBarrierAction = null;
            if (w != null && barrier != null) {
                SyncClocks.alias(barrier, w.clock);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** The wrapper of a barrier action. */
    static final class BarrierAction implements Runnable {
        final SyncClock clock = new SyncClock();
        private final Runnable action;

        BarrierAction(Runnable action) {
            this.action = action;
        }

        @Override
        public void run() {
            ThreadState ts = ThreadState.current();
            try {
                clock.acquire(ts);
            } catch (Throwable t) {
                AgentErrors.record(t);
            }
            try {
                action.run();
            } finally {
                try {
                    clock.release(ts);
                } catch (Throwable t) {
                    AgentErrors.record(t);
                }
            }
        }
    }

    /** {@code CompletableFuture.allOf/anyOf(parts)} returned {@code result}. */
    public static void combined(Object result, Object parts) {
        try {
            if (result == null || !(parts instanceof Object[] array)) {
                return;
            }
            SyncClock[] clocks = new SyncClock[array.length];
            for (int i = 0; i < array.length; i++) {
                clocks[i] = array[i] == null ? new SyncClock() : SyncClocks.of(array[i]);
            }
            SyncClocks.of(result).dependOn(clocks);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }
}
