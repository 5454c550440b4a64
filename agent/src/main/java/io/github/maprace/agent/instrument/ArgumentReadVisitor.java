package io.github.maprace.agent.instrument;

import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The link after the monitors: a map handed to JDK code that reads it (its last argument, typed as a map,
 * or any object given to a {@code toString} sink such as {@code String.valueOf}, or to string
 * concatenation) is a read of the map at this line. The hook goes in front of the call, which
 * then continues down the chain. Also adds the stack the chain's hooks may need.
 */
final class ArgumentReadVisitor extends HookVisitor {
    /** Extra operand stack the inserted code of all links may need. */
    private static final int EXTRA_STACK = 6;

    ArgumentReadVisitor(MethodVisitor next, MethodVisitor out, MethodSite site) {
        super(next, out, site);
    }

    @Override
    public void visitMethodInsn(int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
        boolean superCall = opcode == Opcodes.INVOKESPECIAL && !name.equals("<init>");
        if (!superCall && callOwner.startsWith("java/")
                && !MapOperations.isWrapperFactory(callOwner, name, descriptor)
                && MapOperations.readsLastArgument(callOwner, name, descriptor)) {
            hook("passed to " + callOwner.substring(callOwner.lastIndexOf('/') + 1) + "." + name);
        }
        super.visitMethodInsn(opcode, callOwner, name, descriptor, isInterface);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... bsmArgs) {
        if (bsm.getOwner().equals("java/lang/invoke/StringConcatFactory") && MapOperations.lastArgumentIsMap(descriptor)) {
            hook("toString (string concatenation)"); // "..." + map calls the map's toString inside the JDK
        }
        super.visitInvokeDynamicInsn(name, descriptor, bsm, bsmArgs);
    }

    /** {@code [.., map]}: a copy of the top value goes to the hook, which reads it if it is a tracked map. */
    private void hook(String operation) {
        int id = site.register(operation, false);
        out.visitInsn(Opcodes.DUP);
        out.visitLdcInsn(id);
        out.visitMethodInsn(Opcodes.INVOKESTATIC, MAP_HOOKS, "argument", OBJECT_INT_VOID, false);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(maxStack + EXTRA_STACK, maxLocals);
    }
}
