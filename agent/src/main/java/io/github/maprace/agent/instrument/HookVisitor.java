package io.github.maprace.agent.instrument;

import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * One link of the call-site rewriting chain (JaCoCo's {@code ClassInstrumenter} →
 * {@code ProbeInserter} shape): an instruction a link does not handle goes on to the next link;
 * what a link emits for an instruction it handles (hooks and the instruction itself) goes
 * straight to {@link #out}, the method writer, so later links never rewrite it again.
 */
abstract class HookVisitor extends MethodVisitor {
    static final String MAP_HOOKS = "io/github/maprace/agent/runtime/MapHooks";
    static final String TASKS = "io/github/maprace/agent/runtime/Tasks";
    static final String FIELD_HOOKS = "io/github/maprace/agent/runtime/FieldHooks";
    static final String OBJECT_VOID = "(Ljava/lang/Object;)V";
    static final String OBJECT_INT_VOID = "(Ljava/lang/Object;I)V";
    static final String TWO_OBJECTS_VOID = "(Ljava/lang/Object;Ljava/lang/Object;)V";
    static final String OBJECT_OBJECT_INT_VOID = "(Ljava/lang/Object;Ljava/lang/Object;I)V";

    /** The method writer: where handled instructions go. */
    final MethodVisitor out;
    final MethodSite site;

    HookVisitor(MethodVisitor next, MethodVisitor out, MethodSite site) {
        super(OpenedClassReader.ASM_API, next);
        this.out = out;
        this.site = site;
    }

    /** Builds the chain for one method: every link, outermost first, in front of {@code writer}. */
    static MethodVisitor chain(MethodVisitor writer, MethodSite site, SyncCallRewriter syncCalls,
                               VolatileFields volatileFields) {
        MethodVisitor v = new SyncCallVisitor(writer, writer, site, syncCalls);
        v = new VolatileFieldVisitor(v, writer, site, volatileFields);
        v = new MapCallVisitor(v, writer, site);
        v = new ThreadCallVisitor(v, writer, site);
        v = new ArgumentReadVisitor(v, writer, site);
        return new MonitorVisitor(v, writer, site);
    }

    @Override
    public void visitLineNumber(int line, Label start) {
        site.line = line;
        super.visitLineNumber(line, start);
    }
}
