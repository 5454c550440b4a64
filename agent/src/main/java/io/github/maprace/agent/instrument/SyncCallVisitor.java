package io.github.maprace.agent.instrument;

import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The innermost link: the synchronization calls of {@link SyncRules} and the bridges of
 * {@link BridgeTable} (locks, latches, queues, atomics, VarHandles, futures, executors, ...),
 * emitted by {@link SyncCallRewriter}; and a {@code CyclicBarrier}'s action, which runs in the
 * last thread to arrive and so is wrapped at construction.
 */
final class SyncCallVisitor extends HookVisitor {
    private final SyncCallRewriter syncCalls;
    /** Types of NEW instructions whose constructor call has not been seen yet. */
    private final Deque<String> pendingNew = new ArrayDeque<>();

    SyncCallVisitor(MethodVisitor next, MethodVisitor out, MethodSite site, SyncCallRewriter syncCalls) {
        super(next, out, site);
        this.syncCalls = syncCalls;
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        if (opcode == Opcodes.NEW) {
            pendingNew.push(type);
        }
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitMethodInsn(int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
        try {
            if (rewrite(opcode, callOwner, name, descriptor, isInterface)) {
                return;
            }
        } catch (RuntimeException e) {
            // leave this call as it was rather than fail the whole class
        }
        super.visitMethodInsn(opcode, callOwner, name, descriptor, isInterface);
    }

    private boolean rewrite(int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
        if (opcode == Opcodes.INVOKESPECIAL) {
            return name.equals("<init>") && constructor(callOwner, descriptor);
        }
        return syncCalls.rewrite(out, opcode, callOwner, name, descriptor, isInterface, site);
    }

    private boolean constructor(String callOwner, String descriptor) {
        boolean fromNew = !pendingNew.isEmpty() && pendingNew.peek().equals(callOwner);
        if (fromNew) {
            pendingNew.pop();
        }
        if (!fromNew || !callOwner.equals("java/util/concurrent/CyclicBarrier")
                || !descriptor.equals("(ILjava/lang/Runnable;)V")) {
            return false;
        }
        // [b, b, n, action] -> [b, b, n, wrapped] -> [b] -> [b, b] -> [b]
        out.visitMethodInsn(Opcodes.INVOKESTATIC, TASKS, "barrierAction",
                "(Ljava/lang/Runnable;)Ljava/lang/Runnable;", false);
        out.visitMethodInsn(Opcodes.INVOKESPECIAL, callOwner, "<init>", descriptor, false);
        out.visitInsn(Opcodes.DUP);
        out.visitMethodInsn(Opcodes.INVOKESTATIC, TASKS, "barrierCreated", OBJECT_VOID, false);
        return true;
    }
}
