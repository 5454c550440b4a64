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
 * Rewrites the call sites of one class: map operations, map construction, monitors, thread
 * start/join and {@code Object.wait}. The rewriting adds no branches and no locals, so existing
 * stack map frames stay valid; only the maximum stack grows.
 */
final class CallSiteRewriter extends AsmVisitorWrapper.AbstractBase {
    private final TypeHierarchy hierarchy;

    CallSiteRewriter(TypeHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    @Override
    public ClassVisitor wrap(TypeDescription instrumentedType, ClassVisitor classVisitor,
                             Implementation.Context implementationContext, TypePool typePool,
                             FieldList<FieldDescription.InDefinedShape> fields, MethodList<?> methods,
                             int writerFlags, int readerFlags) {
        return new ClassVisitor(OpenedClassReader.ASM_API, classVisitor) {
            private String sourceFile;

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
                return new CallSiteMethodVisitor(mv, instrumentedType.getName(), name, sourceFile, hierarchy,
                        typePool);
            }
        };
    }
}
