package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.Sites;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Map calls: a call on a map (also through {@code super.} in a map subclass) gets a hook in front
 * of it that receives the receiver and an int site id; the receiver is reached with stack
 * shuffles (DUP, DUP2, DUP2_X1...) for up to two arguments and through a bridge in the runtime
 * for the few longer ones. Also: calls on views and their iterators, {@code Map.Entry.setValue},
 * the JDK's wrapper factories, map construction (the allocation site, and the field the new map
 * is stored in), and method references to map methods ({@link MethodReferenceRewriter}).
 */
final class MapCallVisitor extends HookVisitor {
    /** Types of NEW instructions whose constructor call has not been seen yet. */
    private final Deque<String> pendingNew = new ArrayDeque<>();
    /** The allocation site just emitted, until the next instruction (a field store names the map). */
    private int pendingAllocation = -1;

    MapCallVisitor(MethodVisitor next, MethodVisitor out, MethodSite site) {
        super(next, out, site);
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
    public void visitInsn(int opcode) {
        pendingAllocation = -1;
        super.visitInsn(opcode);
    }

    @Override
    public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
        if (pendingAllocation >= 0 && (opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC)) {
            Sites.setField(pendingAllocation, fieldOwner.substring(fieldOwner.lastIndexOf('/') + 1).replace('$', '.')
                    + "." + name);
        }
        pendingAllocation = -1;
        super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
    }

    @Override
    public void visitMethodInsn(int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
        pendingAllocation = -1;
        if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")) {
            constructor(callOwner, descriptor);
            return;
        }
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
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... bsmArgs) {
        pendingAllocation = -1;
        try {
            if (MethodReferenceRewriter.rewrite(out, name, descriptor, bsm, bsmArgs, site.hierarchy, site.typePool,
                    site::register)) {
                return;
            }
        } catch (RuntimeException e) {
            // leave this reference as it was rather than fail the whole class
        }
        super.visitInvokeDynamicInsn(name, descriptor, bsm, bsmArgs);
    }

    /** Emits the rewritten call and returns true, or returns false to pass the call on. */
    private boolean rewrite(int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
        if (opcode == Opcodes.INVOKESTATIC) {
            if (MapOperations.isWrapperFactory(callOwner, name, descriptor)) {
                wrapperFactory(callOwner, name, descriptor);
                return true;
            }
            return false;
        }
        boolean superCall = opcode == Opcodes.INVOKESPECIAL && site.hierarchy.isMap(callOwner, site.typePool);
        if (opcode != Opcodes.INVOKEVIRTUAL && opcode != Opcodes.INVOKEINTERFACE && !superCall) {
            return false;
        }
        if (name.equals("setValue") && callOwner.equals("java/util/Map$Entry")
                && descriptor.equals("(Ljava/lang/Object;)Ljava/lang/Object;")) {
            int id = site.register("entry.setValue", true);
            StackShuffles.copyReceiverOnTop(out, 1);   // [e, v, e]
            out.visitLdcInsn(id);
            out.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "entryWrite", OBJECT_INT_VOID, false);
            out.visitMethodInsn(opcode, callOwner, name, descriptor, isInterface);
            return true;
        }
        if (MapOperations.STREAM_OWNERS.contains(callOwner)) {
            return streamCall(opcode, callOwner, name, descriptor, isInterface);
        }
        if (!site.hierarchy.isMap(callOwner, site.typePool)) {
            return viewCall(opcode, callOwner, name, descriptor, isInterface);
        }
        return mapCall(opcode, callOwner, name, descriptor, isInterface);
    }

    private boolean mapCall(int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
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
        int id = site.register(name, kind == MapOperations.Kind.WRITE, category);
        if (args.length > 2) {
            return bridge(name, descriptor, id);
        }
        boolean view = MapOperations.VIEWS.contains(name) && Type.getReturnType(descriptor).getSort() == Type.OBJECT;
        // a call that may be on a concurrent or synchronized map acquires after it returns
        boolean afterHook = view || MapOperations.MAYBE_SYNC.contains(callOwner) || !callOwner.startsWith("java/");
        if (afterHook) {
            StackShuffles.copyReceiverUnder(out, args.length);    // [m, m, args]
        }
        if (keyed) {
            copyReceiverAndKey(args.length);                      // [.., m, k, (v), m, k]
            out.visitLdcInsn(id);
            out.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "keyed", OBJECT_OBJECT_INT_VOID, false);
            if (afterHook && args.length == 2 && MapOperations.FUNCTION_INSIDE.contains(name)) {
                wrapFunctionInside(args[1]);
            }
        } else {
            StackShuffles.copyReceiverOnTop(out, args.length);   // [.., m, args, m]
            out.visitLdcInsn(id);
            out.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "access", OBJECT_INT_VOID, false);
        }
        out.visitMethodInsn(opcode, callOwner, name, descriptor, isInterface);
        if (view) {
            resultAndReceiver();                                  // [view, view, m]
            out.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "view", TWO_OBJECTS_VOID, false);
        } else if (afterHook) {
            StackShuffles.receiverAboveResult(out, Type.getReturnType(descriptor)); // [result, m]
            out.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "after", OBJECT_VOID, false);
        }
        return true;
    }

    /** After a call: {@code [recv, result]} becomes {@code [result, result, recv]}. */
    private void resultAndReceiver() {
        out.visitInsn(Opcodes.DUP_X1);
        out.visitInsn(Opcodes.SWAP);
    }

    /**
     * A call on a collection or iterator that may be a map view: the runtime decides (one class
     * check for anything that is not a JDK view) whether it reads or writes a map. An iterator's
     * {@code next()} reads the map: the traversal may happen after the call that made the iterator
     * left the lock that guarded that call.
     */
    private boolean viewCall(int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
        boolean iterator = callOwner.equals("java/util/Iterator") || callOwner.equals("java/util/ListIterator");
        if (iterator ? !MapOperations.ITERATOR_OPS.contains(name)
                : !MapOperations.COLLECTION_OWNERS.contains(callOwner)) {
            return false;
        }
        MapOperations.Kind kind = iterator ? (name.equals("remove") ? MapOperations.Kind.WRITE : MapOperations.Kind.READ)
                : MapOperations.viewKind(name);
        int slots = StackShuffles.argumentSlots(descriptor);
        if (kind == MapOperations.Kind.NONE || slots > 2) {
            return false;
        }
        boolean traversal = MapOperations.TRAVERSALS.contains(name);
        int id = site.register((iterator ? "iterator." : "view.") + name, kind == MapOperations.Kind.WRITE,
                traversal ? Sites.ITERATION : 0);
        boolean makesIterator = MapOperations.MAKES_TRAVERSER.contains(name);
        // a read of a concurrent set or list acquires after it returns (iteratorOf does it for iterators)
        boolean readAfter = !makesIterator && kind == MapOperations.Kind.READ;
        if (makesIterator || readAfter) {
            StackShuffles.copyReceiverUnder(out, slots);          // [c, c, args]
        }
        StackShuffles.copyReceiverOnTop(out, slots);              // [.., c, args, c]
        out.visitLdcInsn(id);
        out.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "viewOp", OBJECT_INT_VOID, false);
        out.visitMethodInsn(opcode, callOwner, name, descriptor, isInterface);
        if (makesIterator) {
            resultAndReceiver();                                  // [it, it, c]
            out.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "iteratorOf", TWO_OBJECTS_VOID, false);
        } else if (readAfter) {
            StackShuffles.receiverAboveResult(out, Type.getReturnType(descriptor)); // [result, c]
            out.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "viewRead", OBJECT_VOID, false);
        }
        return true;
    }

    /**
     * A stream made from a map view traverses the map when its terminal operation runs, which may be
     * after the block that made it left the lock: an intermediate operation binds its result to the
     * map as its receiver was ({@code [s, args]} → {@code [result]}, the result bound), a terminal one
     * reads the map at its line. Streams not made from a view cost one ring look-up per call.
     */
    private boolean streamCall(int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
        int slots = StackShuffles.argumentSlots(descriptor);
        if (slots > 2) {
            return false;
        }
        Type returned = Type.getReturnType(descriptor);
        if (MapOperations.STREAM_TERMINALS.contains(name)) {
            int id = site.register("stream." + name, false);
            StackShuffles.copyReceiverOnTop(out, slots);              // [s, args, s]
            out.visitLdcInsn(id);
            out.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "streamRun", OBJECT_INT_VOID, false);
            out.visitMethodInsn(opcode, callOwner, name, descriptor, isInterface);
            return true;
        }
        if (returned.getSort() != Type.OBJECT || !MapOperations.STREAM_OWNERS.contains(returned.getInternalName())) {
            return false;
        }
        StackShuffles.copyReceiverUnder(out, slots);                  // [s, s, args]
        out.visitMethodInsn(opcode, callOwner, name, descriptor, isInterface); // [s, s2]
        resultAndReceiver();                                          // [s2, s2, s]
        out.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "streamOf", TWO_OBJECTS_VOID, false);
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
        out.visitInsn(Opcodes.DUP_X2);  // [fn, map, key, fn]
        out.visitInsn(Opcodes.POP);     // [fn, map, key]
        out.visitInsn(Opcodes.DUP2_X1); // [map, key, fn, map, key]
        out.visitMethodInsn(Opcodes.INVOKESTATIC, "io/github/maprace/agent/runtime/AtomicCallbacks", wrapper,
                "(" + fn + "Ljava/lang/Object;Ljava/lang/Object;)" + fn, false); // [map, key, fn']
    }

    /** {@code [map, key]} or {@code [map, key, v]} gets {@code map, key} copied on top. */
    private void copyReceiverAndKey(int argCount) {
        if (argCount == 1) {
            out.visitInsn(Opcodes.DUP2);
        } else {
            out.visitInsn(Opcodes.DUP_X2);
            out.visitInsn(Opcodes.POP);
            out.visitInsn(Opcodes.DUP2_X1);
        }
    }

    private boolean bridge(String name, String descriptor, int id) {
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
        out.visitLdcInsn(id);
        out.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, name, bridgeDescriptor, false);
        return true;
    }

    /** {@code Collections.unmodifiableMap(m)} and friends: the result is a view of {@code m}. */
    private void wrapperFactory(String callOwner, String name, String descriptor) {
        out.visitInsn(Opcodes.DUP);                                                   // [m, m]
        out.visitMethodInsn(Opcodes.INVOKESTATIC, callOwner, name, descriptor, false); // [m, w]
        resultAndReceiver();                                                          // [w, w, m]
        out.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "wrapper", TWO_OBJECTS_VOID, false);
    }

    /**
     * A constructor goes on down the chain (a barrier's is rewritten there); after NEW, DUP,
     * {@code <init>} of a tracked map class the new map is on the stack and its allocation site
     * is recorded. A {@code super(...)} call leaves nothing and is not an allocation.
     */
    /** Concurrent maps are not judged for races, but where they were created is their name in concurrency coverage. */
    private static final java.util.Set<String> CONCURRENT_MAPS = java.util.Set.of(
            "java/util/concurrent/ConcurrentHashMap", "java/util/concurrent/ConcurrentSkipListMap");

    private void constructor(String callOwner, String descriptor) {
        boolean fromNew = !pendingNew.isEmpty() && pendingNew.peek().equals(callOwner);
        if (fromNew) {
            pendingNew.pop();
        }
        super.visitMethodInsn(Opcodes.INVOKESPECIAL, callOwner, "<init>", descriptor, false);
        if (fromNew && (site.hierarchy.isTrackedMapClass(callOwner, site.typePool)
                || CONCURRENT_MAPS.contains(callOwner))) {
            int id = site.register("new " + callOwner.replace('/', '.'), false);
            out.visitInsn(Opcodes.DUP);     // [map, map]
            out.visitLdcInsn(id);
            out.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "allocated", OBJECT_INT_VOID, false);
            pendingAllocation = id;
        }
    }
}
