package io.github.maprace.agent.instrument;

import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Monitors: {@code monitorenter} acquires after it, {@code monitorexit} releases before it, and
 * {@code Object.wait} (any overload) goes through a bridge that releases while waiting.
 */
final class MonitorVisitor extends HookVisitor {
    MonitorVisitor(MethodVisitor next, MethodVisitor out, MethodSite site) {
        super(next, out, site);
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode == Opcodes.MONITORENTER) {
            out.visitInsn(Opcodes.DUP);           // [m, m]
            out.visitInsn(Opcodes.MONITORENTER);  // [m]
            out.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("monitorEnter"), "monitorEnter",
                    OBJECT_VOID, false);
            return;
        }
        if (opcode == Opcodes.MONITOREXIT) {
            out.visitInsn(Opcodes.DUP);           // [m, m]
            out.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("monitorExit"), "monitorExit",
                    OBJECT_VOID, false);
            out.visitInsn(Opcodes.MONITOREXIT);
            return;
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitMethodInsn(int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
        // Object.wait is final, so any owner means Object.wait
        if (name.equals("wait") && !isInterface && opcode == Opcodes.INVOKEVIRTUAL) {
            switch (descriptor) {
                case "()V", "(J)V", "(JI)V" -> {
                    String d = "(Ljava/lang/Object;" + descriptor.substring(1);
                    out.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("waitOn"), "waitOn", d, false);
                    return;
                }
                default -> {
                }
            }
        }
        super.visitMethodInsn(opcode, callOwner, name, descriptor, isInterface);
    }
}
