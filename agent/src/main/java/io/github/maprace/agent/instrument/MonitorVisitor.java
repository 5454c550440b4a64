package io.github.maprace.agent.instrument;

import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Monitors: {@code monitorenter} acquires after it, {@code monitorexit} releases before it, and
 * {@code Object.wait} (any overload) goes through a bridge that releases while waiting.
 *
 * <p>The acquire hook must sit inside the compiler's catch-all range that exits the monitor
 * (javac: {@code dup; astore n; monitorenter; L: ...} with the range starting at {@code L}). A
 * call between {@code monitorenter} and {@code L} could throw out of the method with the monitor
 * held, so HotSpot's monitor-matching check fails and neither C1 nor C2 compiles the method: the
 * whole method then runs interpreted (25-50x on a synchronized get-or-put). So when the monitor
 * was stored in a local just before, the hook waits for the labels that follow and reloads the
 * monitor from that local in front of the first real instruction; the operand stack at the labels
 * is unchanged, so their stack map frames stay valid. Other shapes get the hook right after
 * {@code monitorenter} (correct, but not compiled).
 *
 * <p>C1 still gives up on such a method: the release hook in javac's handler (which covers
 * itself) can trap into that same handler, a shape C1 does not parse. C2 compiles it, so only
 * warm-up is slower; a release after {@code monitorexit} would please C1 but let another thread
 * acquire the monitor before the release is published (a false report), and a separate handler
 * for the hook would need a stack map frame this visitor does not compute.
 */
final class MonitorVisitor extends HookVisitor {
    /** Where the recognised {@code dup; astore n} sequence stands: 0 nothing, 1 after dup, 2 after the store. */
    private int storeState;
    private int storedLocal = -1;
    /** The local holding a monitor entered whose acquire hook is still to be emitted, or -1. */
    private int pendingLocal = -1;

    MonitorVisitor(MethodVisitor next, MethodVisitor out, MethodSite site) {
        super(next, out, site);
    }

    @Override
    public void visitInsn(int opcode) {
        flush();
        if (opcode == Opcodes.MONITORENTER) {
            if (storeState == 2) {
                out.visitInsn(Opcodes.MONITORENTER);  // [] (the monitor is in storedLocal)
                pendingLocal = storedLocal;
            } else {
                out.visitInsn(Opcodes.DUP);           // [m, m]
                out.visitInsn(Opcodes.MONITORENTER);  // [m]
                out.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("monitorEnter"), "monitorEnter",
                        OBJECT_VOID, false);
            }
            storeState = 0;
            return;
        }
        storeState = opcode == Opcodes.DUP ? 1 : 0;
        if (opcode == Opcodes.MONITOREXIT) {
            out.visitInsn(Opcodes.DUP);           // [m, m]
            out.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("monitorExit"), "monitorExit",
                    OBJECT_VOID, false);
            out.visitInsn(Opcodes.MONITOREXIT);
            return;
        }
        super.visitInsn(opcode);
    }

    /** Emits the acquire hook a {@code monitorenter} left pending, in front of the next real instruction. */
    private void flush() {
        if (pendingLocal >= 0) {
            out.visitVarInsn(Opcodes.ALOAD, pendingLocal);  // [m]
            out.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of("monitorEnter"), "monitorEnter",
                    OBJECT_VOID, false);                    // []
            pendingLocal = -1;
        }
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        flush();
        if (opcode == Opcodes.ASTORE && storeState == 1) {
            storeState = 2;
            storedLocal = varIndex;
        } else {
            storeState = 0;
        }
        super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitMethodInsn(int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
        flush();
        storeState = 0;
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

    // Every other instruction ends a dup-store sequence and emits a pending hook first; labels,
    // frames and line numbers do neither (a label after monitorenter is where the range starts).

    @Override
    public void visitLabel(Label label) {
        storeState = 0;
        super.visitLabel(label);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        before();
        super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        before();
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        before();
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... bsmArgs) {
        before();
        super.visitInvokeDynamicInsn(name, descriptor, bsm, bsmArgs);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        before();
        super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitLdcInsn(Object value) {
        before();
        super.visitLdcInsn(value);
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        before();
        super.visitIincInsn(varIndex, increment);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        before();
        super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        before();
        super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        before();
        super.visitMultiANewArrayInsn(descriptor, numDimensions);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        before();
        super.visitMaxs(maxStack, maxLocals);
    }

    private void before() {
        flush();
        storeState = 0;
    }
}
