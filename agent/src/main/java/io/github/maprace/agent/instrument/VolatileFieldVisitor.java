package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.FieldClocks;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Volatile fields: a write releases before it, a read acquires after it, on the clock of
 * (holder, field) — the object, or the class for a static field, and the field's id.
 */
final class VolatileFieldVisitor extends HookVisitor {
    private final VolatileFields volatileFields;

    VolatileFieldVisitor(MethodVisitor next, MethodVisitor out, MethodSite site, VolatileFields volatileFields) {
        super(next, out, site);
        this.volatileFields = volatileFields;
    }

    @Override
    public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
        if (!volatileFields.isVolatile(fieldOwner, name, descriptor, site.typePool)) {
            super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
            return;
        }
        int size = Type.getType(descriptor).getSize();
        int field = FieldClocks.id(name, descriptor);
        switch (opcode) {
            case Opcodes.PUTFIELD -> {
                StackShuffles.copyReceiverOnTop(out, size);  // [h, v, h]
                hook(field, "volatileWrite");                // [h, v]
                out.visitFieldInsn(opcode, fieldOwner, name, descriptor);
            }
            case Opcodes.GETFIELD -> {
                out.visitInsn(Opcodes.DUP);                  // [h, h]
                out.visitFieldInsn(opcode, fieldOwner, name, descriptor); // [h, v]
                StackShuffles.receiverAboveResult(out, Type.getType(descriptor)); // [v, h]
                hook(field, "volatileRead");                 // [v]
            }
            case Opcodes.PUTSTATIC -> {
                if (site.classConstants) {
                    out.visitLdcInsn(Type.getObjectType(fieldOwner));
                    hook(field, "volatileWrite");
                }
                out.visitFieldInsn(opcode, fieldOwner, name, descriptor);
            }
            case Opcodes.GETSTATIC -> {
                out.visitFieldInsn(opcode, fieldOwner, name, descriptor);
                if (site.classConstants) {
                    out.visitLdcInsn(Type.getObjectType(fieldOwner));
                    hook(field, "volatileRead");
                }
            }
            default -> super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
        }
    }

    /** {@code [.., holder]} → {@code [..]}: the hook for (holder, field). */
    private void hook(int field, String hook) {
        out.visitLdcInsn(field);
        out.visitMethodInsn(Opcodes.INVOKESTATIC, FIELD_HOOKS, hook, OBJECT_INT_VOID, false);
    }
}
