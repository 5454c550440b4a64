package io.github.maprace.agent.instrument;

import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monitors: {@code monitorenter} acquires after it, {@code monitorexit} releases before it, and
 * {@code Object.wait} (any overload) goes through a bridge that releases while waiting.
 *
 * <p>Where the hooks go decides whether HotSpot compiles the method at all. javac (and ecj)
 * compile a {@code synchronized} block as
 * <pre>
 *   dup; astore n; monitorenter
 *   S: ...body...; aload n; monitorexit; ...               [S, E) -&gt; H, catch-all
 *   H: astore t; aload n; monitorexit; aload t; athrow      [H, X) -&gt; H, catch-all (covers itself)
 * </pre>
 * A call between {@code monitorenter} and {@code S} could throw out of the method with the monitor
 * held: C2's monitor matching fails. A call inside {@code [H, X)} traps into its own handler, which
 * C1 does not parse. Either way the method is not compiled (it ran interpreted, 25-50x slower on a
 * synchronized get-or-put). So, for this shape:
 * <ul>
 *   <li>the acquire goes after the labels that follow {@code monitorenter}, inside {@code [S, E)},
 *       reloading the monitor from {@code n};</li>
 *   <li>the exceptional release goes first in {@code H}, in a range of its own whose catch-all
 *       handler, added at the end of the method, exits the monitor and rethrows (its entry comes
 *       before javac's in the exception table, so it wins); the handler's own
 *       {@code aload n; monitorexit} then gets no second hook.</li>
 * </ul>
 * The operand stack at every existing label stays as it was, so the stack map frames stay valid;
 * the added handler gets a frame of its own (only the monitor's local is typed in it). Other shapes
 * get the hooks right next to the instructions (correct, but maybe not compiled).
 */
final class MonitorVisitor extends HookVisitor {
    private static final int NONE = -1;

    /** A self-covering catch-all handler (javac's for a synchronized block) and what is added for it. */
    private static final class SelfHandler {
        final Label hookStart = new Label();
        final Label hookEnd = new Label();
        final Label rethrow = new Label();
        int monitor = NONE;
        boolean placed;
        /** The release hook went in at the handler's entry (the monitor and, with frames, its frame were known). */
        boolean released;
        /** The handler's own frame (expanded), copied for the added handler; null when frames are not expanded. */
        Object[] frameLocals;
        /** The ranges enclosing the handler, innermost first as in the table: they must cover the added one too. */
        List<Entry> enclosing = List.of();
    }

    /** One exception table entry as visited. */
    private record Entry(Label start, Label end, Label handler, String type) {
    }

    /** The catch-all handler of each range start (ranges are visited before the code). */
    private final Map<Label, Label> handlerOfStart = new HashMap<>();
    /** The local holding the monitor a catch-all handler exits, once its block was entered. */
    private final Map<Label, Integer> monitorOfHandler = new HashMap<>();
    private final Map<Label, SelfHandler> selfHandlers = new LinkedHashMap<>();
    /** Where the {@code dup; astore n} sequence in front of a monitorenter stands: 0 nothing, 1 after dup, 2 after the store. */
    private int storeState;
    private int storedLocal = NONE;
    /** The local whose acquire hook (after a monitorenter) waits for the next real instruction. */
    private int pendingEnter = NONE;
    /** The self-covering handler whose release hook waits for its first real instruction. */
    private SelfHandler pendingHandler;
    /** The local a handler released at its entry: its own {@code aload n; monitorexit} gets no hook. */
    private int releasedLocal = NONE;
    /** The local the previous instruction loaded, or NONE. */
    private int lastLoad = NONE;
    private boolean framesSeen;
    private boolean expandedFrames;
    /** Every entry of the exception table, in order, and the ones whose range is open at the current label. */
    private final List<Entry> entries = new ArrayList<>();
    private final java.util.Set<Entry> open = new java.util.HashSet<>();
    /** The handler whose label came last, waiting for its frame. */
    private SelfHandler awaitingFrame;

    MonitorVisitor(MethodVisitor next, MethodVisitor out, MethodSite site) {
        super(next, out, site);
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        entries.add(new Entry(start, end, handler, type));
        if (type == null) {
            handlerOfStart.putIfAbsent(start, handler);
            if (start == handler && !selfHandlers.containsKey(handler)) {
                SelfHandler h = new SelfHandler();
                selfHandlers.put(handler, h);
                // first in the table: the hook's exception goes here, not into javac's self-loop
                super.visitTryCatchBlock(h.hookStart, h.hookEnd, h.rethrow, null);
            }
        }
        super.visitTryCatchBlock(start, end, handler, type);
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        framesSeen = true;
        expandedFrames = type == Opcodes.F_NEW;
        if (awaitingFrame != null && expandedFrames) {
            awaitingFrame.frameLocals = Arrays.copyOf(local, numLocal);
        }
        awaitingFrame = null;
        super.visitFrame(type, numLocal, local, numStack, stack);
    }

    @Override
    public void visitLabel(Label label) {
        storeState = 0;
        lastLoad = NONE;
        if (pendingEnter != NONE) {
            Label handler = handlerOfStart.get(label);
            if (handler != null) {
                monitorOfHandler.put(handler, pendingEnter);
            }
        }
        if (!selfHandlers.isEmpty()) {
            track(label);
        }
        super.visitLabel(label);
        SelfHandler h = selfHandlers.get(label);
        if (h != null && !h.placed) {
            Integer monitor = monitorOfHandler.get(label);
            h.monitor = monitor == null ? NONE : monitor;
            List<Entry> enclosing = new ArrayList<>();
            for (Entry e : entries) { // in table order
                if (open.contains(e) && e.handler != label) {
                    enclosing.add(e);
                }
            }
            h.enclosing = enclosing;
            pendingHandler = h;
            awaitingFrame = h;
        }
    }

    /** Keeps {@link #open} the ranges that contain the code after {@code label}. */
    private void track(Label label) {
        open.removeIf(e -> e.end == label);
        for (Entry e : entries) {
            if (e.start == label && e.start != e.end) {
                open.add(e);
            }
        }
    }

    @Override
    public void visitInsn(int opcode) {
        flush();
        int loaded = lastLoad;
        lastLoad = NONE;
        if (opcode == Opcodes.MONITORENTER) {
            if (storeState == 2) {
                out.visitInsn(Opcodes.MONITORENTER);  // [] (the monitor is in storedLocal)
                pendingEnter = storedLocal;
            } else {
                out.visitInsn(Opcodes.DUP);           // [m, m]
                out.visitInsn(Opcodes.MONITORENTER);  // [m]
                hook("monitorEnter");                 // []
            }
            storeState = 0;
            return;
        }
        storeState = opcode == Opcodes.DUP ? 1 : 0;
        if (opcode == Opcodes.MONITOREXIT) {
            if (releasedLocal != NONE && loaded == releasedLocal) {
                out.visitInsn(Opcodes.MONITOREXIT);   // released at the handler's entry
            } else {
                out.visitInsn(Opcodes.DUP);           // [m, m]
                hook("monitorExit");                  // [m]
                out.visitInsn(Opcodes.MONITOREXIT);
            }
            releasedLocal = NONE;
            return;
        }
        super.visitInsn(opcode);
    }

    /** {@code [.., m] -> [..]}. */
    private void hook(String name) {
        out.visitMethodInsn(Opcodes.INVOKESTATIC, SyncHookOwners.of(name), name, OBJECT_VOID, false);
    }

    /** Emits the hooks waiting for a real instruction; the operand stack is left as it was. */
    private void flush() {
        if (pendingEnter != NONE) {
            out.visitVarInsn(Opcodes.ALOAD, pendingEnter);
            hook("monitorEnter");
            pendingEnter = NONE;
        }
        SelfHandler h = pendingHandler;
        if (h != null) {
            pendingHandler = null;
            out.visitLabel(h.hookStart);                     // [exception]
            if (h.monitor != NONE && (h.frameLocals != null || !framesSeen)) {
                out.visitVarInsn(Opcodes.ALOAD, h.monitor);  // [exception, m]
                hook("monitorExit");                         // [exception]
                releasedLocal = h.monitor;
                h.released = true;
            } else {
                out.visitInsn(Opcodes.NOP);                  // not a monitor's handler: an empty range is not allowed
            }
            out.visitLabel(h.hookEnd);
            h.placed = true;
        }
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        flush();
        storeState = opcode == Opcodes.ASTORE && storeState == 1 ? 2 : 0;
        storedLocal = varIndex;
        lastLoad = opcode == Opcodes.ALOAD ? varIndex : NONE;
        super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitMethodInsn(int opcode, String callOwner, String name, String descriptor, boolean isInterface) {
        before();
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

    /**
     * The added handlers, after the method's last instruction (reached only by their exception
     * edges): exit the monitor the hook's range held and rethrow, covered by the ranges that cover
     * javac's handler, so an enclosing synchronized block still exits its own monitor.
     */
    private void emitRethrowHandlers() {
        for (SelfHandler h : selfHandlers.values()) {
            boolean releases = h.released;
            Label from = new Label();
            Label to = new Label();
            if (releases) {
                for (Entry e : h.enclosing) {
                    super.visitTryCatchBlock(from, to, e.handler, e.type);
                }
            }
            out.visitLabel(h.rethrow);
            frame(releases ? h.frameLocals : new Object[0]);  // [exception]
            if (!h.placed) {
                // never reached: the range covers this handler's own athrow, so no label is left unplaced
                out.visitLabel(h.hookStart);
                out.visitInsn(Opcodes.ATHROW);
                out.visitLabel(h.hookEnd);
                continue;
            }
            out.visitLabel(from);
            if (releases) {
                out.visitVarInsn(Opcodes.ALOAD, h.monitor);  // [exception, m]
                out.visitInsn(Opcodes.MONITOREXIT);          // [exception]
            }
            out.visitInsn(Opcodes.ATHROW);
            out.visitLabel(to);
        }
    }

    /** The added handler's frame: javac's handler's locals, the exception on the stack. */
    private void frame(Object[] locals) {
        if (!framesSeen) {
            return; // a class file without stack map frames (before Java 6)
        }
        Object[] l = locals == null ? new Object[0] : locals;
        out.visitFrame(expandedFrames ? Opcodes.F_NEW : Opcodes.F_FULL, l.length, l.clone(), 1,
                new Object[] {"java/lang/Throwable"});
    }

    // Every other instruction emits what waits and ends the sequences being recognised; labels,
    // frames and line numbers do neither (a label after monitorenter is where the range starts).

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
        emitRethrowHandlers();
        super.visitMaxs(maxStack, maxLocals);
    }

    /** Any other instruction: emits what waits and ends the sequences being recognised. */
    private void before() {
        flush();
        storeState = 0;
        lastLoad = NONE;
    }
}
