package io.github.maprace.agent.instrument;

import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.field.FieldList;
import net.bytebuddy.description.method.MethodList;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * Rewrites the call sites of one class through a chain of single-purpose method visitors
 * ({@link HookVisitor#chain}): maps handed to the JDK, monitors and {@code Object.wait}, thread
 * start/join, map operations and construction, volatile fields, and the synchronization calls of
 * {@link SyncRules}. The rewriting adds no branches and no locals, so existing stack map frames
 * stay valid; only the maximum stack grows. The one addition is {@link MonitorVisitor}'s handler
 * per synchronized block, after the method's code, whose frame copies the frame of javac's own
 * handler: frames are read expanded for that.
 */
final class CallSiteRewriter extends AsmVisitorWrapper.AbstractBase {
    private final TypeHierarchy hierarchy;
    private final SyncCallRewriter syncCalls;
    private final VolatileFields volatileFields = new VolatileFields();

    CallSiteRewriter(TypeHierarchy hierarchy) {
        this(hierarchy, new BridgeTable());
    }

    CallSiteRewriter(TypeHierarchy hierarchy, BridgeTable bridges) {
        this.hierarchy = hierarchy;
        this.syncCalls = new SyncCallRewriter(hierarchy, bridges);
    }

    @Override
    public int mergeReader(int flags) {
        return flags | net.bytebuddy.jar.asm.ClassReader.EXPAND_FRAMES;
    }

    @Override
    public ClassVisitor wrap(TypeDescription instrumentedType, ClassVisitor classVisitor,
                             Implementation.Context implementationContext, TypePool typePool,
                             FieldList<FieldDescription.InDefinedShape> fields, MethodList<?> methods,
                             int writerFlags, int readerFlags) {
        return new ClassVisitor(OpenedClassReader.ASM_API, classVisitor) {
            private String sourceFile;
            private int version;

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                this.version = version & 0xffff;
                super.visit(version, access, name, signature, superName, interfaces);
            }

            @Override
            public void visitSource(String source, String debug) {
                sourceFile = source;
                super.visitSource(source, debug);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                if (mv == null) {
                    return null;
                }
                // class constants (LDC of a class) need class file version 49 (Java 5) or later
                return HookVisitor.chain(mv, new MethodSite(instrumentedType.getName(), name, sourceFile, hierarchy,
                        typePool, version >= 49), syncCalls, volatileFields);
            }
        };
    }
}
