package io.github.maprace.agent.instrument;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of synchronization calls and what each does to happens-before: a hook on the receiver
 * before the call (a release), after it (an acquire), a hook on the returned object, or a wrapped
 * task argument. The table is the one place to read (and extend) the modelled JDK API; bridges
 * for calls out of reach of stack shuffles live in the runtime ({@link BridgeTable}).
 */
final class SyncRules {
    /** What the rewriter emits for a matching call. */
    enum Kind {
        /** {@code before}/{@code after} are SyncHooks methods taking the receiver. */
        RECEIVER,
        /** {@code after} is a SyncHooks method taking (result, receiver). */
        RESULT_WITH_RECEIVER,
        /** The single task argument is wrapped by Tasks.{@code before}(task, receiver); the result is bound. */
        WRAP_TASK,
        /** The single function argument is wrapped by Tasks.{@code before}(fn, receiver-as-source); result bound. */
        WRAP_STAGE,
        /** Like WRAP_TASK but nothing is bound (execute, Thread.Builder.start). */
        WRAP_TASK_UNBOUND,
        /** Tasks.all(collection, receiver) then Tasks.{@code after}(result). */
        WRAP_ALL,
        /** The single argument (a ForkJoinTask) is released before; acquired after when {@code after} is set. */
        ARGUMENT
    }

    /**
     * One row.
     *
     * @param family     internal name of the type the receiver must be (or extend)
     * @param name       method name
     * @param descriptor exact descriptor, or {@code null} for any
     * @param kind       what to emit
     * @param before     hook before the call, or null
     * @param after      hook after the call, or null
     */
    record Rule(String family, String name, String descriptor, Kind kind, String before, String after) {
    }

    static final String LOCK = "java/util/concurrent/locks/Lock";
    static final String CONDITION = "java/util/concurrent/locks/Condition";
    static final String RW_LOCK = "java/util/concurrent/locks/ReadWriteLock";
    static final String STAMPED = "java/util/concurrent/locks/StampedLock";
    static final String LATCH = "java/util/concurrent/CountDownLatch";
    static final String BARRIER = "java/util/concurrent/CyclicBarrier";
    static final String SEMAPHORE = "java/util/concurrent/Semaphore";
    static final String PHASER = "java/util/concurrent/Phaser";
    static final String EXCHANGER = "java/util/concurrent/Exchanger";
    static final String QUEUE = "java/util/Queue";
    static final String FUTURE = "java/util/concurrent/Future";
    static final String CF = "java/util/concurrent/CompletableFuture";
    static final String FJ_TASK = "java/util/concurrent/ForkJoinTask";
    static final String FJ_POOL = "java/util/concurrent/ForkJoinPool";
    static final String EXECUTOR = "java/util/concurrent/Executor";
    static final String EXECUTOR_SERVICE = "java/util/concurrent/ExecutorService";
    static final String THREAD_BUILDER = "java/lang/Thread$Builder";
    static final String COLLECTION = "java/util/Collection";

    static final List<Rule> RULES = build();

    private SyncRules() {
    }

    private static List<Rule> build() {
        List<Rule> r = new ArrayList<>();
        // locks and conditions
        // tryLock: ConcurrencyBridges, which count it only when it took the lock
        for (String n : List.of("lock", "lockInterruptibly")) {
            r.add(new Rule(LOCK, n, null, Kind.RECEIVER, "lockRequested", "lockAcquired"));
        }
        r.add(new Rule(LOCK, "unlock", "()V", Kind.RECEIVER, "lockReleased", null));
        r.add(new Rule(LOCK, "newCondition", null, Kind.RESULT_WITH_RECEIVER, null, "conditionOf"));
        r.add(new Rule(RW_LOCK, "readLock", null, Kind.RESULT_WITH_RECEIVER, null, "readHalf"));
        r.add(new Rule(RW_LOCK, "writeLock", null, Kind.RESULT_WITH_RECEIVER, null, "writeHalf"));
        for (String n : List.of("await", "awaitUninterruptibly", "awaitNanos", "awaitUntil")) {
            r.add(new Rule(CONDITION, n, null, Kind.RECEIVER, "beforeAwait", "afterAwait"));
        }
        // StampedLock: write and read modes, optimistic reads
        for (String n : List.of("writeLock", "tryWriteLock", "writeLockInterruptibly", "tryConvertToWriteLock")) {
            r.add(new Rule(STAMPED, n, null, Kind.RECEIVER, null, "stampedWriteLocked"));
        }
        for (String n : List.of("readLock", "tryReadLock", "readLockInterruptibly", "tryConvertToReadLock")) {
            r.add(new Rule(STAMPED, n, null, Kind.RECEIVER, null, "stampedReadLocked"));
        }
        r.add(new Rule(STAMPED, "tryOptimisticRead", null, Kind.RECEIVER, null, "stampedOptimistic"));
        r.add(new Rule(STAMPED, "unlockWrite", null, Kind.RECEIVER, "stampedWriteUnlock", null));
        r.add(new Rule(STAMPED, "tryUnlockWrite", null, Kind.RECEIVER, "stampedWriteUnlock", null));
        r.add(new Rule(STAMPED, "unlockRead", null, Kind.RECEIVER, "stampedReadUnlock", null));
        r.add(new Rule(STAMPED, "tryUnlockRead", null, Kind.RECEIVER, "stampedReadUnlock", null));
        r.add(new Rule(STAMPED, "asReadLock", null, Kind.RESULT_WITH_RECEIVER, null, "readHalf"));
        r.add(new Rule(STAMPED, "asWriteLock", null, Kind.RESULT_WITH_RECEIVER, null, "writeHalf"));
        // latches, barriers, semaphores, phasers, exchangers
        r.add(new Rule(LATCH, "countDown", null, Kind.RECEIVER, "latchCountDown", null));
        r.add(new Rule(LATCH, "await", null, Kind.RECEIVER, null, "acquire"));
        r.add(new Rule(LATCH, "getCount", null, Kind.RECEIVER, null, "acquire"));
        r.add(new Rule(BARRIER, "await", null, Kind.RECEIVER, "release", "acquire"));
        r.add(new Rule(SEMAPHORE, "release", null, Kind.RECEIVER, "release", null));
        for (String n : List.of("acquire", "acquireUninterruptibly", "tryAcquire", "drainPermits")) {
            r.add(new Rule(SEMAPHORE, n, null, Kind.RECEIVER, null, "acquire"));
        }
        for (String n : List.of("arrive", "arriveAndDeregister")) {
            r.add(new Rule(PHASER, n, null, Kind.RECEIVER, "release", null));
        }
        r.add(new Rule(PHASER, "arriveAndAwaitAdvance", null, Kind.RECEIVER, "release", "acquire"));
        for (String n : List.of("awaitAdvance", "awaitAdvanceInterruptibly")) {
            r.add(new Rule(PHASER, n, null, Kind.RECEIVER, null, "acquire"));
        }
        r.add(new Rule(EXCHANGER, "exchange", null, Kind.RECEIVER, "release", "acquire"));
        // queues: producers release, consumers acquire (only concurrent queues, decided at run time)
        for (String n : List.of("add", "offer", "put", "addFirst", "addLast", "offerFirst", "offerLast", "putFirst",
                "putLast", "push", "transfer", "tryTransfer", "addAll")) {
            r.add(new Rule(QUEUE, n, null, Kind.RECEIVER, "queueRelease", null));
        }
        for (String n : List.of("take", "poll", "peek", "element", "pollFirst", "pollLast", "takeFirst", "takeLast",
                "peekFirst", "peekLast", "removeFirst", "removeLast", "pop", "drainTo", "isEmpty", "size",
                "contains", "iterator")) {
            r.add(new Rule(QUEUE, n, null, Kind.RECEIVER, null, "queueAcquire"));
        }
        r.add(new Rule(QUEUE, "remove", null, Kind.RECEIVER, "queueRelease", "queueAcquire"));
        // futures and fork/join tasks
        for (String n : List.of("get", "isDone", "resultNow", "join", "getNow", "isCompletedNormally", "getRawResult")) {
            r.add(new Rule(FUTURE, n, null, Kind.RECEIVER, null, "acquire"));
        }
        r.add(new Rule(FJ_TASK, "fork", null, Kind.RECEIVER, "release", null));
        r.add(new Rule(FJ_TASK, "invoke", null, Kind.RECEIVER, "release", "acquire"));
        r.add(new Rule(FJ_TASK, "quietlyInvoke", null, Kind.RECEIVER, "release", "acquire"));
        for (String n : List.of("quietlyJoin", "isCompletedAbnormally", "getException")) {
            r.add(new Rule(FJ_TASK, n, null, Kind.RECEIVER, null, "acquire"));
        }
        for (String n : List.of("complete", "completeExceptionally", "quietlyComplete")) {
            r.add(new Rule(FJ_TASK, n, null, Kind.RECEIVER, "release", null));
        }
        r.add(new Rule(FJ_POOL, "invoke", "(Ljava/util/concurrent/ForkJoinTask;)Ljava/lang/Object;", Kind.ARGUMENT,
                "release", "acquire"));
        r.add(new Rule(FJ_POOL, "submit", "(Ljava/util/concurrent/ForkJoinTask;)Ljava/util/concurrent/ForkJoinTask;",
                Kind.ARGUMENT, "release", null));
        r.add(new Rule(FJ_POOL, "execute", "(Ljava/util/concurrent/ForkJoinTask;)V", Kind.ARGUMENT, "release", null));
        // CompletableFuture: explicit completion and dependent stages
        for (String n : List.of("complete", "completeExceptionally", "obtrudeValue", "obtrudeException")) {
            r.add(new Rule(CF, n, null, Kind.RECEIVER, "release", null));
        }
        stage(r, "thenApply", "Ljava/util/function/Function;", "function");
        stage(r, "thenAccept", "Ljava/util/function/Consumer;", "consumer");
        stage(r, "thenRun", "Ljava/lang/Runnable;", "action");
        stage(r, "thenCompose", "Ljava/util/function/Function;", "function");
        stage(r, "handle", "Ljava/util/function/BiFunction;", "biFunction");
        stage(r, "whenComplete", "Ljava/util/function/BiConsumer;", "biConsumer");
        stage(r, "exceptionally", "Ljava/util/function/Function;", "function");
        // executors
        r.add(new Rule(EXECUTOR, "execute", "(Ljava/lang/Runnable;)V", Kind.WRAP_TASK_UNBOUND, "runnable", null));
        r.add(new Rule(EXECUTOR_SERVICE, "submit", "(Ljava/util/concurrent/Callable;)Ljava/util/concurrent/Future;",
                Kind.WRAP_TASK, "callable", null));
        r.add(new Rule(EXECUTOR_SERVICE, "submit", "(Ljava/lang/Runnable;)Ljava/util/concurrent/Future;",
                Kind.WRAP_TASK, "runnable", null));
        r.add(new Rule(EXECUTOR_SERVICE, "invokeAll", "(Ljava/util/Collection;)Ljava/util/List;", Kind.WRAP_ALL,
                null, "bindAll"));
        r.add(new Rule(EXECUTOR_SERVICE, "invokeAny", "(Ljava/util/Collection;)Ljava/lang/Object;", Kind.WRAP_ALL,
                null, "anyDone"));
        for (String n : List.of("close", "isTerminated")) {
            r.add(new Rule(EXECUTOR_SERVICE, n, null, Kind.RECEIVER, null, "acquire"));
        }
        r.add(new Rule(THREAD_BUILDER, "start", "(Ljava/lang/Runnable;)Ljava/lang/Thread;", Kind.WRAP_TASK_UNBOUND,
                "runnable", null));
        // concurrent sets and lists (decided at run time; queues matched above): writes release,
        // reads acquire. Reads through Set/Collection types are hooked as view calls (MapCallVisitor).
        for (String n : List.of("add", "addAll", "set", "addIfAbsent", "addAllAbsent", "addFirst", "addLast",
                "remove", "removeAll", "retainAll", "removeIf", "clear", "replaceAll", "sort", "removeFirst",
                "removeLast")) {
            r.add(new Rule(COLLECTION, n, null, Kind.RECEIVER, "collectionRelease", null));
        }
        for (String n : List.of("get", "indexOf", "lastIndexOf", "contains", "containsAll", "size", "isEmpty",
                "iterator", "listIterator", "stream", "parallelStream", "forEach", "toArray", "spliterator",
                "subList", "getFirst", "getLast", "first", "last", "ceiling", "floor", "higher", "lower")) {
            r.add(new Rule(COLLECTION, n, null, Kind.RECEIVER, null, "collectionAcquire"));
        }
        return List.copyOf(r);
    }

    private static void stage(List<Rule> r, String name, String fnType, String wrapper) {
        String result = "Ljava/util/concurrent/CompletableFuture;";
        r.add(new Rule(CF, name, "(" + fnType + ")" + result, Kind.WRAP_STAGE, wrapper, null));
        r.add(new Rule(CF, name + "Async", "(" + fnType + ")" + result, Kind.WRAP_STAGE, wrapper, null));
    }
}
