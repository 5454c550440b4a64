package io.github.maprace.agent.instrument;

import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;
import net.bytebuddy.pool.TypePool;

import java.util.List;
import java.util.Set;

/**
 * Emits the hooks of {@link SyncRules} and the bridges of {@link BridgeTable} around one call.
 * Returns false, leaving the call untouched, when no rule applies or the receiver is out of reach.
 */
final class SyncCallRewriter {
    private static final String FIELD_HOOKS = "io/github/maprace/agent/runtime/FieldHooks";
    private static final String TASKS = "io/github/maprace/agent/runtime/Tasks";
    private static final String OBJECT_VOID = "(Ljava/lang/Object;)V";
    private static final String TWO_OBJECTS_VOID = "(Ljava/lang/Object;Ljava/lang/Object;)V";

    private final TypeHierarchy hierarchy;
    private final BridgeTable bridges;

    SyncCallRewriter(TypeHierarchy hierarchy, BridgeTable bridges) {
        this.hierarchy = hierarchy;
        this.bridges = bridges;
    }

    /** Rewrites one call of the method at {@code site}; false when it is not a synchronization call. */
    boolean rewrite(MethodVisitor mv, int opcode, String owner, String name, String desc, boolean itf,
                    MethodSite site) {
        TypePool pool = site.typePool;
        if (opcode == Opcodes.INVOKESTATIC) {
            return staticCall(mv, owner, name, desc, itf);
        }
        if (opcode != Opcodes.INVOKEVIRTUAL && opcode != Opcodes.INVOKEINTERFACE) {
            return false;
        }
        if (owner.equals(VAR_HANDLE)) {
            return varHandle(mv, opcode, owner, name, desc, itf);
        }
        if (owner.startsWith("java/lang/") && !owner.startsWith("java/lang/Thread")) {
            return false; // Object, String, ...: nothing to model; keeps the lookups cheap
        }
        for (BridgeTable.Bridge b : bridges.candidates(name, desc)) {
            if (hierarchy.isA(owner, b.family(), pool)) {
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, b.owner(), b.name(), b.descriptor(), false);
                return true;
            }
        }
        if (owner.startsWith(ATOMIC_PACKAGE)) {
            return atomic(mv, opcode, owner, name, desc, itf);
        }
        for (SyncRules.Rule r : SyncRules.RULES) {
            if (r.name().equals(name) && (r.descriptor() == null || r.descriptor().equals(desc))
                    && hierarchy.isA(owner, r.family(), pool)) {
                return emit(mv, r, opcode, owner, name, desc, itf, site);
            }
        }
        return false;
    }

    private static final String ATOMIC_PACKAGE = "java/util/concurrent/atomic/";
    private static final java.util.Set<String> ATOMIC_READS = java.util.Set.of(
            "get", "getPlain", "getOpaque", "getAcquire", "intValue", "longValue", "floatValue", "doubleValue",
            "sum", "getReference", "isMarked", "getStamp", "length", "toString");

    /**
     * java.util.concurrent.atomic: reads acquire after the call; writes and read-modify-writes
     * release before and, when they return a value, acquire after. A field updater's clock is
     * per (holder object, updater), the holder being its first argument ({@code FieldBridges} for
     * three-slot calls).
     */
    private boolean atomic(MethodVisitor mv, int opcode, String owner, String name, String desc, boolean itf) {
        int slots = StackShuffles.argumentSlots(desc);
        boolean read = ATOMIC_READS.contains(name);
        if (owner.endsWith("FieldUpdater")) {
            Type[] args = Type.getArgumentTypes(desc);
            if (args.length == 0 || args[0].getSort() != Type.OBJECT || slots - 1 > 2) {
                return false;
            }
            if (slots == 2 && ATOMIC_FUNCTIONS.containsKey(args[1].getDescriptor())) {
                // updateAndGet(holder, fn): [updater, holder, fn] -> the function runs inside, on the holder
                mv.visitInsn(Opcodes.SWAP);   // [updater, fn, holder]
                mv.visitInsn(Opcodes.DUP_X1); // [updater, holder, fn, holder]
                String fnType = args[1].getDescriptor();
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, "io/github/maprace/agent/runtime/AtomicCallbacks",
                        ATOMIC_FUNCTIONS.get(fnType), "(" + fnType + "Ljava/lang/Object;)" + fnType, false);
            }
            if (read && slots == 1) {
                // get(holder): acquire after the read, so a value published just before it is seen
                mv.visitInsn(Opcodes.DUP2);                  // [u, h, u, h]
                mv.visitMethodInsn(opcode, owner, name, desc, itf); // [u, h, r]
                Type ret = Type.getReturnType(desc);
                if (ret.getSize() == 2) {
                    mv.visitInsn(Opcodes.DUP2_X2);           // [r, u, h, r]
                    mv.visitInsn(Opcodes.POP2);              // [r, u, h]
                } else {
                    mv.visitInsn(Opcodes.DUP_X2);            // [r, u, h, r]
                    mv.visitInsn(Opcodes.POP);               // [r, u, h]
                }
                mv.visitInsn(Opcodes.SWAP);                  // [r, h, u]
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, FIELD_HOOKS, "acquire", TWO_OBJECTS_VOID, false);
                return true;
            }
            // [updater, holder, ...]: copy both on top, the field's clock is (holder, updater)
            if (slots == 1) {
                mv.visitInsn(Opcodes.DUP2);                  // [u, h, u, h]
            } else if (slots == 2) {
                mv.visitInsn(Opcodes.DUP_X2);                // [x, u, h, x]
                mv.visitInsn(Opcodes.POP);                   // [x, u, h]
                mv.visitInsn(Opcodes.DUP2_X1);               // [u, h, x, u, h]
            } else if (slots == 3 && args.length == 2) {   // a long: [u, h, J]
                mv.visitInsn(Opcodes.DUP2_X2);               // [J, u, h, J]
                mv.visitInsn(Opcodes.POP2);                  // [J, u, h]
                mv.visitInsn(Opcodes.DUP2_X2);               // [u, h, J, u, h]
            } else {
                return false;
            }
            mv.visitInsn(Opcodes.SWAP);                      // [.., h, u]
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, FIELD_HOOKS, read ? "acquire" : "releaseAcquire",
                    TWO_OBJECTS_VOID, false);
            mv.visitMethodInsn(opcode, owner, name, desc, itf);
            return true;
        }
        if (slots > 2) {
            return false; // the common ones of these have bridges (ConcurrencyBridges)
        }
        wrapFunction(mv, desc, slots);
        // a write that returns nothing (set, lazySet, LongAdder.increment) observes nothing: no acquire
        boolean observes = read || Type.getReturnType(desc) != Type.VOID_TYPE;
        return emit(mv, new SyncRules.Rule(owner, name, desc, SyncRules.Kind.RECEIVER, read ? null : "release",
                observes ? "acquire" : null), opcode, owner, name, desc, itf, null);
    }

    private static final String VAR_HANDLE = "java/lang/invoke/VarHandle";
    /** VarHandle access modes with volatile, acquire or release semantics, by what they do. */
    private static final Set<String> VH_READS = Set.of("getVolatile", "getAcquire");
    private static final Set<String> VH_WRITES = Set.of("setVolatile", "setRelease");
    private static final Set<String> VH_CAS = Set.of("compareAndSet", "compareAndExchange",
            "compareAndExchangeAcquire", "compareAndExchangeRelease", "weakCompareAndSet",
            "weakCompareAndSetAcquire", "weakCompareAndSetRelease");
    private static final Set<String> VH_UPDATES = Set.of("getAndSet", "getAndSetAcquire", "getAndSetRelease",
            "getAndAdd", "getAndAddAcquire", "getAndAddRelease", "getAndBitwiseOr", "getAndBitwiseOrAcquire",
            "getAndBitwiseOrRelease", "getAndBitwiseAnd", "getAndBitwiseAndAcquire", "getAndBitwiseAndRelease",
            "getAndBitwiseXor", "getAndBitwiseXorAcquire", "getAndBitwiseXorRelease");

    /**
     * A {@code VarHandle} access with memory-ordering semantics (plain and opaque modes order
     * nothing). Its clock is per holder: the object (or array) that is its first coordinate, or
     * the VarHandle itself for a static field. Reads acquire after the call, writes release before,
     * compare-and-set and get-and-update do both before (the call's result cannot be waited for
     * without new locals). Calls whose holder lies deeper than two stack slots stay unmodelled.
     */
    private boolean varHandle(MethodVisitor mv, int opcode, String owner, String name, String desc, boolean itf) {
        int values;
        String hook;
        if (VH_READS.contains(name)) {
            values = 0;
            hook = "varHandleRead";
        } else if (VH_WRITES.contains(name)) {
            values = 1;
            hook = "varHandleWrite";
        } else if (VH_CAS.contains(name)) {
            values = 2;
            hook = "varHandleUpdate";
        } else if (VH_UPDATES.contains(name)) {
            values = 1;
            hook = "varHandleUpdate";
        } else {
            return false;
        }
        Type[] args = Type.getArgumentTypes(desc);
        int coordinates = args.length - values;
        if (coordinates < 0) {
            return false;
        }
        int slots = StackShuffles.argumentSlots(desc);
        boolean onHandle = coordinates == 0;
        if (!onHandle && args[0].getSort() != Type.OBJECT && args[0].getSort() != Type.ARRAY) {
            return false;
        }
        int below = onHandle ? slots : slots - 1; // slots above the holder
        if (below > 2) {
            return false;
        }
        if (hook.equals("varHandleRead")) {
            if (onHandle) {
                StackShuffles.copyReceiverUnder(mv, 0); // [vh, vh]
            } else if (below == 0) {
                mv.visitInsn(Opcodes.DUP_X1);           // [h, vh, h]
            } else {
                return false;                           // an array element: left unmodelled
            }
            mv.visitMethodInsn(opcode, owner, name, desc, itf);
            StackShuffles.receiverAboveResult(mv, Type.getReturnType(desc)); // [result, holder]
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, FIELD_HOOKS, hook, OBJECT_VOID, false);
            return true;
        }
        StackShuffles.copyReceiverOnTop(mv, below);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, FIELD_HOOKS, hook, OBJECT_VOID, false);
        mv.visitMethodInsn(opcode, owner, name, desc, itf);
        return true;
    }

    /** The functional types an atomic runs inside its update, and their wrappers (AtomicCallbacks). */
    private static final java.util.Map<String, String> ATOMIC_FUNCTIONS = java.util.Map.of(
            "Ljava/util/function/UnaryOperator;", "unary",
            "Ljava/util/function/BinaryOperator;", "binary",
            "Ljava/util/function/IntUnaryOperator;", "intUnary",
            "Ljava/util/function/IntBinaryOperator;", "intBinary",
            "Ljava/util/function/LongUnaryOperator;", "longUnary",
            "Ljava/util/function/LongBinaryOperator;", "longBinary");

    /**
     * {@code updateAndGet(fn)}, {@code accumulateAndGet(x, fn)} and the array forms: the function
     * (the last argument) is replaced by one that acquires the atomic's clock on entry and releases
     * on exit, since it runs inside the call. Stack {@code [recv, (x,) fn]} keeps its shape.
     */
    private static void wrapFunction(MethodVisitor mv, String desc, int slots) {
        Type[] args = Type.getArgumentTypes(desc);
        if (args.length == 0) {
            return;
        }
        String fnType = args[args.length - 1].getDescriptor();
        String wrapper = ATOMIC_FUNCTIONS.get(fnType);
        if (wrapper == null || (slots == 2 && args[0].getSize() != 1)) {
            return;
        }
        if (slots == 1) {
            mv.visitInsn(Opcodes.SWAP);     // [fn, recv]
            mv.visitInsn(Opcodes.DUP_X1);   // [recv, fn, recv]
        } else {
            mv.visitInsn(Opcodes.DUP_X2);   // [fn, recv, x, fn]
            mv.visitInsn(Opcodes.POP);      // [fn, recv, x]
            mv.visitInsn(Opcodes.DUP2_X1);  // [recv, x, fn, recv, x]
            mv.visitInsn(Opcodes.POP);      // [recv, x, fn, recv]
        }
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "io/github/maprace/agent/runtime/AtomicCallbacks", wrapper,
                "(" + fnType + "Ljava/lang/Object;)" + fnType, false);
    }

    /** @param site the calling method, or null when the hooks need no site id */
    private boolean emit(MethodVisitor mv, SyncRules.Rule r, int opcode, String owner, String name, String desc,
                         boolean itf, MethodSite site) {
        int slots = StackShuffles.argumentSlots(desc);
        Type ret = Type.getReturnType(desc);
        switch (r.kind()) {
            case RECEIVER -> {
                if (slots > 2) {
                    return false;
                }
                if (r.after() != null) {
                    StackShuffles.copyReceiverUnder(mv, slots);
                }
                if (r.before() != null) {
                    StackShuffles.copyReceiverOnTop(mv, slots);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of(r.before()), r.before(), OBJECT_VOID, false);
                }
                mv.visitMethodInsn(opcode, owner, name, desc, itf);
                if (r.after() != null) {
                    StackShuffles.receiverAboveResult(mv, ret);
                    if (site != null && r.after().equals("lockAcquired")) {
                        // where the lock was taken, kept with the hold: a LOCK_UPGRADE names the read lock's line
                        mv.visitLdcInsn(site.register(name, false));
                        mv.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of(r.after()), r.after(),
                                "(Ljava/lang/Object;I)V", false);
                    } else {
                        mv.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of(r.after()), r.after(), OBJECT_VOID,
                                false);
                    }
                }
                return true;
            }
            case RESULT_WITH_RECEIVER -> {
                if (slots != 0 || ret.getSort() != Type.OBJECT) {
                    return false;
                }
                mv.visitInsn(Opcodes.DUP);                  // [recv, recv]
                mv.visitMethodInsn(opcode, owner, name, desc, itf); // [recv, res]
                mv.visitInsn(Opcodes.DUP_X1);               // [res, recv, res]
                mv.visitInsn(Opcodes.SWAP);                 // [res, res, recv]
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of(r.after()), r.after(), TWO_OBJECTS_VOID, false);
                return true;
            }
            case WRAP_TASK, WRAP_TASK_UNBOUND, WRAP_STAGE -> {
                Type[] args = Type.getArgumentTypes(desc);
                if (args.length != 1 || args[0].getSort() != Type.OBJECT) {
                    return false;
                }
                String argType = args[0].getDescriptor();
                if (r.kind() == SyncRules.Kind.WRAP_TASK_UNBOUND && owner.startsWith("java/lang/Thread")) {
                    mv.visitInsn(Opcodes.ACONST_NULL);      // no executor to join on
                } else {
                    mv.visitInsn(Opcodes.SWAP);             // [task, recv]
                    mv.visitInsn(Opcodes.DUP_X1);           // [recv, task, recv]
                }
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, TASKS, r.before(),
                        "(" + argType + "Ljava/lang/Object;)" + argType, false);
                mv.visitMethodInsn(opcode, owner, name, desc, itf);
                if (r.kind() != SyncRules.Kind.WRAP_TASK_UNBOUND) {
                    mv.visitInsn(Opcodes.DUP);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, TASKS, "bind", OBJECT_VOID, false);
                }
                return true;
            }
            case WRAP_ALL -> {
                mv.visitInsn(Opcodes.SWAP);
                mv.visitInsn(Opcodes.DUP_X1);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, TASKS, "all",
                        "(Ljava/util/Collection;Ljava/lang/Object;)Ljava/util/Collection;", false);
                mv.visitMethodInsn(opcode, owner, name, desc, itf);
                mv.visitInsn(Opcodes.DUP);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, TASKS, r.after(), OBJECT_VOID, false);
                return true;
            }
            case ARGUMENT -> {
                if (r.after() != null) {
                    mv.visitInsn(Opcodes.DUP_X1);           // [task, pool, task]
                }
                mv.visitInsn(Opcodes.DUP);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of(r.before()), r.before(), OBJECT_VOID, false);
                mv.visitMethodInsn(opcode, owner, name, desc, itf);
                if (r.after() != null) {
                    StackShuffles.receiverAboveResult(mv, ret);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of(r.after()), r.after(), OBJECT_VOID, false);
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private boolean staticCall(MethodVisitor mv, String owner, String name, String desc, boolean itf) {
        switch (owner + "." + name + desc) {
            case SyncRules.CF + ".supplyAsync(Ljava/util/function/Supplier;)Ljava/util/concurrent/CompletableFuture;" -> {
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, TASKS, "supplier",
                        "(Ljava/util/function/Supplier;)Ljava/util/function/Supplier;", false);
                bindResult(mv, owner, name, desc, itf);
                return true;
            }
            case SyncRules.CF + ".supplyAsync(Ljava/util/function/Supplier;Ljava/util/concurrent/Executor;)"
                    + "Ljava/util/concurrent/CompletableFuture;" -> {
                mv.visitInsn(Opcodes.SWAP);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, TASKS, "supplier",
                        "(Ljava/util/function/Supplier;)Ljava/util/function/Supplier;", false);
                mv.visitInsn(Opcodes.SWAP);
                bindResult(mv, owner, name, desc, itf);
                return true;
            }
            case SyncRules.CF + ".runAsync(Ljava/lang/Runnable;)Ljava/util/concurrent/CompletableFuture;",
                    "java/lang/Thread.startVirtualThread(Ljava/lang/Runnable;)Ljava/lang/Thread;" -> {
                mv.visitInsn(Opcodes.ACONST_NULL);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, TASKS, "runnable",
                        "(Ljava/lang/Runnable;Ljava/lang/Object;)Ljava/lang/Runnable;", false);
                if (owner.equals(SyncRules.CF)) {
                    bindResult(mv, owner, name, desc, itf);
                } else {
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, desc, itf);
                }
                return true;
            }
            case SyncRules.CF + ".runAsync(Ljava/lang/Runnable;Ljava/util/concurrent/Executor;)"
                    + "Ljava/util/concurrent/CompletableFuture;" -> {
                mv.visitInsn(Opcodes.DUP_X1);               // [ex, r, ex]
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, TASKS, "runnable",
                        "(Ljava/lang/Runnable;Ljava/lang/Object;)Ljava/lang/Runnable;", false);
                mv.visitInsn(Opcodes.SWAP);                 // [r', ex]
                bindResult(mv, owner, name, desc, itf);
                return true;
            }
            case SyncRules.CF + ".allOf([Ljava/util/concurrent/CompletableFuture;)Ljava/util/concurrent/CompletableFuture;",
                    SyncRules.CF + ".anyOf([Ljava/util/concurrent/CompletableFuture;)Ljava/util/concurrent/CompletableFuture;" -> {
                mv.visitInsn(Opcodes.DUP);                  // [parts, parts]
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, desc, itf); // [parts, res]
                mv.visitInsn(Opcodes.DUP_X1);               // [res, parts, res]
                mv.visitInsn(Opcodes.SWAP);                 // [res, res, parts]
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, TASKS, "combined", TWO_OBJECTS_VOID, false);
                return true;
            }
            case SyncRules.FJ_TASK + ".invokeAll(Ljava/util/concurrent/ForkJoinTask;Ljava/util/concurrent/ForkJoinTask;)V" -> {
                mv.visitInsn(Opcodes.DUP2);
                mv.visitInsn(Opcodes.DUP2);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("releaseBoth"), "releaseBoth", TWO_OBJECTS_VOID, false);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, desc, itf);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("acquireBoth"), "acquireBoth", TWO_OBJECTS_VOID, false);
                return true;
            }
            case SyncRules.FJ_TASK + ".invokeAll([Ljava/util/concurrent/ForkJoinTask;)V",
                    SyncRules.FJ_TASK + ".invokeAll(Ljava/util/Collection;)Ljava/util/Collection;" -> {
                mv.visitInsn(Opcodes.DUP);
                mv.visitInsn(Opcodes.DUP);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("releaseEach"), "releaseEach", OBJECT_VOID, false);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, desc, itf);
                StackShuffles.receiverAboveResult(mv, Type.getReturnType(desc));
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("acquireEach"), "acquireEach", OBJECT_VOID, false);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static void bindResult(MethodVisitor mv, String owner, String name, String desc, boolean itf) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, desc, itf);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, TASKS, "bind", OBJECT_VOID, false);
    }

    /** The families whose calls this rewriter may change, for a quick pre-check. */
    static List<String> families() {
        return SyncRules.RULES.stream().map(SyncRules.Rule::family).distinct().toList();
    }
}
