package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.FieldClocks;
import io.github.maprace.agent.runtime.Sites;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.OpenedClassReader;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Rewrites one method's call sites. A map call gets a hook call in front of it that receives the
 * receiver and an int site id; the receiver is reached with stack shuffles (DUP, DUP2, DUP2_X1...)
 * for up to two arguments and through a bridge method in the runtime for the few longer ones.
 */
final class CallSiteMethodVisitor extends MethodVisitor {
    private static final String MAP_HOOKS = "io/github/maprace/agent/runtime/MapHooks";
    private static final String TASKS = "io/github/maprace/agent/runtime/Tasks";
    private static final String FIELD_HOOKS = "io/github/maprace/agent/runtime/FieldHooks";
    private static final String OBJECT_INT_VOID = "(Ljava/lang/Object;I)V";
    private static final String OBJECT_VOID = "(Ljava/lang/Object;)V";
    private static final String TWO_OBJECTS_VOID = "(Ljava/lang/Object;Ljava/lang/Object;)V";
    private static final String OBJECT_OBJECT_INT_VOID = "(Ljava/lang/Object;Ljava/lang/Object;I)V";
    /** Extra operand stack the inserted code may need. */
    private static final int EXTRA_STACK = 6;

    private final String owner;
    private final String method;
    private final String sourceFile;
    private final TypeHierarchy hierarchy;
    private final TypePool typePool;
    private final SyncCallRewriter syncCalls;
    private final VolatileFields volatileFields;
    private final boolean classConstants;
    /** Types of NEW instructions whose constructor call has not been seen yet. */
    private final Deque<String> pendingNew = new ArrayDeque<>();
    private int line;
    /** The allocation site just emitted, until the next instruction (a field store names the map). */
    private int pendingAllocation = -1;

    CallSiteMethodVisitor(MethodVisitor mv, String owner, String method, String sourceFile,
                          TypeHierarchy hierarchy, TypePool typePool, SyncCallRewriter syncCalls,
                          VolatileFields volatileFields, boolean classConstants) {
        super(OpenedClassReader.ASM_API, mv);
        this.syncCalls = syncCalls;
        this.volatileFields = volatileFields;
        this.classConstants = classConstants;
        this.owner = owner;
        this.method = method;
        this.sourceFile = sourceFile;
        this.hierarchy = hierarchy;
        this.typePool = typePool;
    }

    @Override
    public void visitLineNumber(int line, Label start) {
        this.line = line;
        super.visitLineNumber(line, start);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        pendingAllocation = -1;
        if (opcode == Opcodes.NEW) {
            pendingNew.push(type);
        }
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        pendingAllocation = -1;
        super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        pendingAllocation = -1;
        super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
        if (pendingAllocation >= 0 && (opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC)) {
            Sites.setField(pendingAllocation, fieldOwner.substring(fieldOwner.lastIndexOf('/') + 1).replace('$', '.')
                    + "." + name);
        }
        pendingAllocation = -1;
        if (!volatileFields.isVolatile(fieldOwner, name, descriptor, typePool)) {
            super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
            return;
        }
        int size = Type.getType(descriptor).getSize();
        int field = FieldClocks.id(name, descriptor);
        switch (opcode) {
            case Opcodes.PUTFIELD -> {
                StackShuffles.copyReceiverOnTop(mv, size);
                super.visitLdcInsn(field);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, FIELD_HOOKS, "volatileWrite", OBJECT_INT_VOID, false);
                super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
            }
            case Opcodes.GETFIELD -> {
                super.visitInsn(Opcodes.DUP);
                super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
                StackShuffles.receiverAboveResult(mv, Type.getType(descriptor));
                super.visitLdcInsn(field);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, FIELD_HOOKS, "volatileRead", OBJECT_INT_VOID, false);
            }
            case Opcodes.PUTSTATIC -> {
                if (classConstants) {
                    super.visitLdcInsn(Type.getObjectType(fieldOwner));
                    super.visitLdcInsn(field);
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, FIELD_HOOKS, "volatileWrite", OBJECT_INT_VOID, false);
                }
                super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
            }
            case Opcodes.GETSTATIC -> {
                super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
                if (classConstants) {
                    super.visitLdcInsn(Type.getObjectType(fieldOwner));
                    super.visitLdcInsn(field);
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, FIELD_HOOKS, "volatileRead", OBJECT_INT_VOID, false);
                }
            }
            default -> super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
        }
    }

    @Override
    public void visitInsn(int opcode) {
        pendingAllocation = -1;
        if (opcode == Opcodes.MONITORENTER) {
            super.visitInsn(Opcodes.DUP);
            super.visitInsn(Opcodes.MONITORENTER);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("monitorEnter"), "monitorEnter", OBJECT_VOID, false);
            return;
        }
        if (opcode == Opcodes.MONITOREXIT) {
            super.visitInsn(Opcodes.DUP);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("monitorExit"), "monitorExit", OBJECT_VOID, false);
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitMethodInsn(int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
        pendingAllocation = -1;
        try {
            if (rewrite(opcode, callOwner, name, descriptor, isInterface)) {
                return;
            }
        } catch (RuntimeException e) {
            // leave this call as it was rather than fail the whole class
        }
        super.visitMethodInsn(opcode, callOwner, name, descriptor, isInterface);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, net.bytebuddy.jar.asm.Handle bsm,
                                       Object... bsmArgs) {
        pendingAllocation = -1;
        if (bsm.getOwner().equals("java/lang/invoke/StringConcatFactory") && MapOperations.lastArgumentIsMap(descriptor)) {
            // "..." + map: the concatenation calls the map's toString inside the JDK
            int site = Sites.register(owner, method, sourceFile, line, "toString (string concatenation)", false);
            super.visitInsn(Opcodes.DUP);
            super.visitLdcInsn(site);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "argument", OBJECT_INT_VOID, false);
        }
        try {
            if (MethodReferenceRewriter.rewrite(mv, name, descriptor, bsm, bsmArgs, hierarchy, typePool,
                    (operation, write, category) -> Sites.register(owner, method, sourceFile, line, operation, write,
                            category))) {
                return;
            }
        } catch (RuntimeException e) {
            // leave this reference as it was rather than fail the whole class
        }
        super.visitInvokeDynamicInsn(name, descriptor, bsm, bsmArgs);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(maxStack + EXTRA_STACK, maxLocals);
    }

    /** Emits the rewritten call and returns true, or returns false to keep the call as it is. */
    private boolean rewrite(int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
        if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")) {
            return constructor(callOwner, descriptor);
        }
        if (opcode == Opcodes.INVOKESTATIC) {
            if (MapOperations.isWrapperFactory(callOwner, name, descriptor)) {
                wrapperFactory(callOwner, name, descriptor);
                return true;
            }
            argumentRead(callOwner, name, descriptor);
            return syncCalls.rewrite(mv, opcode, callOwner, name, descriptor, isInterface, typePool);
        }
        boolean superCall = opcode == Opcodes.INVOKESPECIAL && hierarchy.isMap(callOwner, typePool);
        if (opcode != Opcodes.INVOKEVIRTUAL && opcode != Opcodes.INVOKEINTERFACE && !superCall) {
            return false;
        }
        if (!superCall) {
            argumentRead(callOwner, name, descriptor);
        }
        if (name.equals("setValue") && callOwner.equals("java/util/Map$Entry")
                && descriptor.equals("(Ljava/lang/Object;)Ljava/lang/Object;")) {
            int site = Sites.register(owner, method, sourceFile, line, "entry.setValue", true);
            StackShuffles.copyReceiverOnTop(mv, 1);
            super.visitLdcInsn(site);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "entryWrite", OBJECT_INT_VOID, false);
            super.visitMethodInsn(opcode, callOwner, name, descriptor, isInterface);
            return true;
        }
        if (!superCall && threadOrMonitorCall(opcode, callOwner, name, descriptor, isInterface)) {
            return true;
        }
        if (!hierarchy.isMap(callOwner, typePool)) {
            return viewCall(opcode, callOwner, name, descriptor, isInterface)
                    || syncCalls.rewrite(mv, opcode, callOwner, name, descriptor, isInterface, typePool);
        }
        MapOperations.Kind kind = MapOperations.classify(name);
        if (kind == MapOperations.Kind.NONE) {
            return false;
        }
        Type[] args = Type.getArgumentTypes(descriptor);
        for (Type a : args) {
            if (a.getSize() != 1) {
                return false;
            }
        }
        boolean keyed = MapOperations.KEYED.contains(name) && args.length >= 1 && args.length <= 2
                && args[0].getSort() == Type.OBJECT;
        int category = (name.equals("remove") && args.length == 2) ? 0 : Sites.category(name);
        int site = Sites.register(owner, method, sourceFile, line, name, kind == MapOperations.Kind.WRITE, category);
        if (args.length > 2) {
            return bridge(name, descriptor, site);
        }
        boolean view = MapOperations.VIEWS.contains(name) && Type.getReturnType(descriptor).getSort() == Type.OBJECT;
        boolean afterHook = view || MapOperations.MAYBE_SYNC.contains(callOwner) || !callOwner.startsWith("java/");
        if (afterHook) {
            StackShuffles.copyReceiverUnder(mv, args.length);
        }
        if (keyed) {
            copyReceiverAndKey(args.length);
            super.visitLdcInsn(site);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "keyed", OBJECT_OBJECT_INT_VOID, false);
            if (afterHook && args.length == 2 && MapOperations.FUNCTION_INSIDE.contains(name)) {
                wrapFunctionInside(args[1]);
            }
        } else {
            StackShuffles.copyReceiverOnTop(mv, args.length);
            super.visitLdcInsn(site);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "access", OBJECT_INT_VOID, false);
        }
        super.visitMethodInsn(opcode, callOwner, name, descriptor, isInterface);
        if (view) {
            resultAndReceiver();
            super.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "view", TWO_OBJECTS_VOID, false);
        } else if (afterHook) {
            StackShuffles.receiverAboveResult(mv, Type.getReturnType(descriptor));
            super.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "after", OBJECT_VOID, false);
        }
        return true;
    }

    /** After a call: {@code [recv, result]} becomes {@code [result, result, recv]}. */
    private void resultAndReceiver() {
        super.visitInsn(Opcodes.DUP_X1);
        super.visitInsn(Opcodes.SWAP);
    }

    /**
     * A call on a collection or iterator that may be a map view: the runtime decides (one class
     * check for anything that is not a JDK view) whether it reads or writes a map.
     */
    private boolean viewCall(int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
        boolean iterator = callOwner.equals("java/util/Iterator") || callOwner.equals("java/util/ListIterator");
        if (iterator ? !MapOperations.ITERATOR_OPS.contains(name)
                : !MapOperations.COLLECTION_OWNERS.contains(callOwner)) {
            return false;
        }
        // an iterator's next() reads the map: the traversal may happen after the call that made it
        // left the lock that guarded that call
        MapOperations.Kind kind = iterator ? (name.equals("remove") ? MapOperations.Kind.WRITE : MapOperations.Kind.READ)
                : MapOperations.viewKind(name);
        int slots = StackShuffles.argumentSlots(descriptor);
        if (kind == MapOperations.Kind.NONE || slots > 2) {
            return false;
        }
        boolean traversal = MapOperations.TRAVERSALS.contains(name);
        int site = Sites.register(owner, method, sourceFile, line, (iterator ? "iterator." : "view.") + name,
                kind == MapOperations.Kind.WRITE, traversal ? Sites.ITERATION : 0);
        boolean makesIterator = name.equals("iterator") || name.equals("spliterator");
        // a read of a concurrent set or list acquires after it returns (iteratorOf does it for iterators)
        boolean readAfter = !makesIterator && kind == MapOperations.Kind.READ;
        if (makesIterator || readAfter) {
            StackShuffles.copyReceiverUnder(mv, slots);
        }
        StackShuffles.copyReceiverOnTop(mv, slots);
        super.visitLdcInsn(site);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "viewOp", OBJECT_INT_VOID, false);
        super.visitMethodInsn(opcode, callOwner, name, descriptor, isInterface);
        if (makesIterator) {
            resultAndReceiver();
            super.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "iteratorOf", TWO_OBJECTS_VOID, false);
        } else if (readAfter) {
            StackShuffles.receiverAboveResult(mv, Type.getReturnType(descriptor));
            super.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "viewRead", OBJECT_VOID, false);
        }
        return true;
    }

    /**
     * {@code [map, key, fn]}: the function of a {@code compute*} on a map that may be concurrent or
     * synchronized runs inside the call, under the key's lock; it is replaced by one that carries the
     * key's edges ({@code AtomicCallbacks}).
     */
    private void wrapFunctionInside(Type fnType) {
        String fn = fnType.getDescriptor();
        String wrapper = switch (fn) {
            case "Ljava/util/function/Function;" -> "mapFunction";
            case "Ljava/util/function/BiFunction;" -> "mapBiFunction";
            default -> null;
        };
        if (wrapper == null) {
            return;
        }
        super.visitInsn(Opcodes.DUP_X2);  // [fn, map, key, fn]
        super.visitInsn(Opcodes.POP);     // [fn, map, key]
        super.visitInsn(Opcodes.DUP2_X1); // [map, key, fn, map, key]
        super.visitMethodInsn(Opcodes.INVOKESTATIC, "io/github/maprace/agent/runtime/AtomicCallbacks", wrapper,
                "(" + fn + "Ljava/lang/Object;Ljava/lang/Object;)" + fn, false);
    }

    /** {@code [map, key]} or {@code [map, key, v]} gets {@code map, key} copied on top. */
    private void copyReceiverAndKey(int argCount) {
        if (argCount == 1) {
            super.visitInsn(Opcodes.DUP2);
        } else {
            super.visitInsn(Opcodes.DUP_X2);
            super.visitInsn(Opcodes.POP);
            super.visitInsn(Opcodes.DUP2_X1);
        }
    }

    private boolean bridge(String name, String descriptor, int site) {
        String bridgeDescriptor = switch (name + descriptor) {
            case "merge(Ljava/lang/Object;Ljava/lang/Object;Ljava/util/function/BiFunction;)Ljava/lang/Object;" ->
                    "(Ljava/util/Map;Ljava/lang/Object;Ljava/lang/Object;Ljava/util/function/BiFunction;I)"
                            + "Ljava/lang/Object;";
            case "replace(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)Z" ->
                    "(Ljava/util/Map;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;I)Z";
            case "subMap(Ljava/lang/Object;ZLjava/lang/Object;Z)Ljava/util/NavigableMap;" ->
                    "(Ljava/util/NavigableMap;Ljava/lang/Object;ZLjava/lang/Object;ZI)Ljava/util/NavigableMap;";
            default -> null;
        };
        if (bridgeDescriptor == null) {
            return false;
        }
        super.visitLdcInsn(site);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, name, bridgeDescriptor, false);
        return true;
    }

    /**
     * A map handed to JDK code that reads it (its last argument, typed as a map, or any object
     * given to a {@code toString} sink such as {@code String.valueOf}): {@code [.., map]} gets a
     * hook on a copy, which reads the map if it is a tracked one.
     */
    private void argumentRead(String callOwner, String name, String descriptor) {
        if (!callOwner.startsWith("java/") || !MapOperations.readsLastArgument(callOwner, name, descriptor)) {
            return;
        }
        int site = Sites.register(owner, method, sourceFile, line,
                "passed to " + callOwner.substring(callOwner.lastIndexOf('/') + 1) + "." + name, false);
        super.visitInsn(Opcodes.DUP);
        super.visitLdcInsn(site);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "argument", OBJECT_INT_VOID, false);
    }

    /** {@code Collections.unmodifiableMap(m)} and friends: the result is a view of {@code m}. */
    private void wrapperFactory(String callOwner, String name, String descriptor) {
        super.visitInsn(Opcodes.DUP);                                                   // [m, m]
        super.visitMethodInsn(Opcodes.INVOKESTATIC, callOwner, name, descriptor, false); // [m, w]
        resultAndReceiver();                                                            // [w, w, m]
        super.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "wrapper", TWO_OBJECTS_VOID, false);
    }

    private boolean constructor(String callOwner, String descriptor) {
        argumentRead(callOwner, "<init>", descriptor);
        boolean fromNew = !pendingNew.isEmpty() && pendingNew.peek().equals(callOwner);
        if (fromNew) {
            pendingNew.pop();
        }
        boolean barrier = fromNew && callOwner.equals("java/util/concurrent/CyclicBarrier")
                && descriptor.equals("(ILjava/lang/Runnable;)V");
        if (barrier) {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, TASKS, "barrierAction",
                    "(Ljava/lang/Runnable;)Ljava/lang/Runnable;", false);
        }
        super.visitMethodInsn(Opcodes.INVOKESPECIAL, callOwner, "<init>", descriptor, false);
        if (barrier) {
            super.visitInsn(Opcodes.DUP);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, TASKS, "barrierCreated", OBJECT_VOID, false);
        }
        // after NEW, DUP, <init> the new object is on the stack; a super(...) call leaves nothing
        if (fromNew && hierarchy.isTrackedMapClass(callOwner, typePool)) {
            int site = Sites.register(owner, method, sourceFile, line, "new " + callOwner.replace('/', '.'), false);
            super.visitInsn(Opcodes.DUP);
            super.visitLdcInsn(site);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "allocated", OBJECT_INT_VOID, false);
            pendingAllocation = site;
        }
        return true;
    }

    private boolean threadOrMonitorCall(int opcode, String callOwner, String name, String descriptor,
                                        boolean isInterface) {
        if (name.equals("wait") && !isInterface) {
            // Object.wait is final, so any owner means Object.wait
            switch (descriptor) {
                case "()V", "(J)V", "(JI)V" -> {
                    String d = "(Ljava/lang/Object;" + descriptor.substring(1);
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("waitOn"), "waitOn", d, false);
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }
        if (isInterface) {
            return false;
        }
        if (name.equals("start") && descriptor.equals("()V") && hierarchy.isThread(callOwner, typePool)) {
            super.visitInsn(Opcodes.DUP);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("beforeStart"), "beforeStart", OBJECT_VOID, false);
            super.visitMethodInsn(opcode, callOwner, name, descriptor, false);
            return true;
        }
        if (!hierarchy.isThread(callOwner, typePool)) {
            return false;
        }
        if (name.equals("join") && descriptor.equals("()V")) {
            super.visitInsn(Opcodes.DUP);
            super.visitMethodInsn(opcode, callOwner, name, descriptor, false);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("afterJoin"), "afterJoin", OBJECT_VOID, false);
            return true;
        }
        if (name.equals("join") && (descriptor.equals("(J)V") || descriptor.equals("(JI)V"))) {
            String d = "(Ljava/lang/Thread;" + descriptor.substring(1);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("join"), "join", d, false);
            return true;
        }
        if (name.equals("isAlive") && descriptor.equals("()Z")) {
            super.visitInsn(Opcodes.DUP);
            super.visitMethodInsn(opcode, callOwner, name, descriptor, false);
            super.visitInsn(Opcodes.SWAP);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("afterJoin"), "afterJoin", OBJECT_VOID, false);
            return true;
        }
        return false;
    }
}
