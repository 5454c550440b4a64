package io.github.maprace.agent.instrument;

import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Thread start and join at project call sites: {@code start()} releases the parent's clock to the
 * child, {@code join} (any overload) and an {@code isAlive()} that answers false order the ended
 * thread before the caller. (The JDK-side hooks in {@code Thread} itself cover calls made
 * elsewhere; these keep the edges when that retransformation is unavailable.)
 */
final class ThreadCallVisitor extends HookVisitor {
    ThreadCallVisitor(MethodVisitor next, MethodVisitor out, MethodSite site) {
        super(next, out, site);
    }

    @Override
    public void visitMethodInsn(int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
        if (opcode == Opcodes.INVOKEVIRTUAL && !isInterface && rewrite(opcode, callOwner, name, descriptor)) {
            return;
        }
        super.visitMethodInsn(opcode, callOwner, name, descriptor, isInterface);
    }

    private boolean rewrite(int opcode, String callOwner, String name, String descriptor) {
        boolean thread;
        try {
            thread = site.hierarchy.isThread(callOwner, site.typePool);
        } catch (RuntimeException e) {
            return false;
        }
        if (!thread) {
            return false;
        }
        if (name.equals("start") && descriptor.equals("()V")) {
            out.visitInsn(Opcodes.DUP);                                        // [t, t]
            out.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("beforeStart"), "beforeStart",
                    OBJECT_VOID, false);                                      // [t]
            out.visitMethodInsn(opcode, callOwner, name, descriptor, false);  // []
            return true;
        }
        if (name.equals("join") && descriptor.equals("()V")) {
            out.visitInsn(Opcodes.DUP);                                        // [t, t]
            out.visitMethodInsn(opcode, callOwner, name, descriptor, false);  // [t]
            out.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("afterJoin"), "afterJoin",
                    OBJECT_VOID, false);
            return true;
        }
        if (name.equals("join") && (descriptor.equals("(J)V") || descriptor.equals("(JI)V"))) {
            String d = "(Ljava/lang/Thread;" + descriptor.substring(1);
            out.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("join"), "join", d, false);
            return true;
        }
        if (name.equals("isAlive") && descriptor.equals("()Z")) {
            out.visitInsn(Opcodes.DUP);                                        // [t, t]
            out.visitMethodInsn(opcode, callOwner, name, descriptor, false);  // [t, alive]
            out.visitInsn(Opcodes.SWAP);                                       // [alive, t]
            out.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("afterJoin"), "afterJoin",
                    OBJECT_VOID, false);
            return true;
        }
        return false;
    }
}
