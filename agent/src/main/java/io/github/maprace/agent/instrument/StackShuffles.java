package io.github.maprace.agent.instrument;

import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Operand-stack shuffles that reach the receiver of a call from underneath its arguments without
 * new locals or branches (so stack map frames stay valid). They work when the arguments take at
 * most two stack slots: none, one or two one-slot values, or one {@code long}/{@code double}.
 */
final class StackShuffles {
    private StackShuffles() {
    }

    /** Total stack slots taken by the arguments of {@code descriptor}. */
    static int argumentSlots(String descriptor) {
        return (Type.getArgumentsAndReturnSizes(descriptor) >> 2) - 1;
    }

    /** True when the receiver can be reached with these shuffles. */
    static boolean reachable(String descriptor) {
        return argumentSlots(descriptor) <= 2;
    }

    /** {@code [recv, args]} becomes {@code [recv, args, recv]}. */
    static void copyReceiverOnTop(MethodVisitor mv, int argSlots) {
        switch (argSlots) {
            case 0 -> mv.visitInsn(Opcodes.DUP);
            case 1 -> {
                mv.visitInsn(Opcodes.DUP2);
                mv.visitInsn(Opcodes.POP);
            }
            case 2 -> {
                mv.visitInsn(Opcodes.DUP2_X1);
                mv.visitInsn(Opcodes.POP2);
                mv.visitInsn(Opcodes.DUP_X2);
            }
            default -> throw new IllegalArgumentException("receiver out of reach: " + argSlots + " slots");
        }
    }

    /** {@code [recv, args]} becomes {@code [recv, recv, args]}, so a copy survives the call. */
    static void copyReceiverUnder(MethodVisitor mv, int argSlots) {
        copyReceiverOnTop(mv, argSlots);
        switch (argSlots) {
            case 0 -> { }
            case 1 -> mv.visitInsn(Opcodes.SWAP);
            case 2 -> {
                mv.visitInsn(Opcodes.DUP_X2);
                mv.visitInsn(Opcodes.POP);
            }
            default -> throw new IllegalArgumentException();
        }
    }

    /**
     * After the call, {@code [recv, result]} (or {@code [recv]} for void) becomes
     * {@code [result, recv]}: the receiver copy on top, ready for a hook taking it.
     */
    static void receiverAboveResult(MethodVisitor mv, Type returnType) {
        switch (returnType.getSize()) {
            case 0 -> { }
            case 1 -> mv.visitInsn(Opcodes.SWAP);
            case 2 -> {
                mv.visitInsn(Opcodes.DUP2_X1);
                mv.visitInsn(Opcodes.POP2);
            }
            default -> throw new IllegalArgumentException();
        }
    }
}
