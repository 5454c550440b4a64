package io.github.maprace.agent.instrument;

import io.github.maprace.agent.instrument.fixtures.SyncShapes;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.utility.OpenedClassReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acquire hook of a {@code synchronized} block sits inside the catch-all range that exits the
 * monitor: a call outside it could leave the method with the monitor held, and HotSpot then
 * refuses to compile the method at all (it ran interpreted, 25-50x slower).
 */
class MonitorPlacementTest {
    private static final String ENTER = "monitorEnter";

    @Test
    void shouldPlaceEveryBlockAcquireInsideTheRangeThatExitsTheMonitor() {
        RewrittenClasses classes = RewrittenClasses.ofFixtures();
        List<String> outside = new ArrayList<>();
        int[] hooks = new int[1];
        new ClassReader(classes.bytes(SyncShapes.class.getName())).accept(new ClassVisitor(OpenedClassReader.ASM_API) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if ((access & net.bytebuddy.jar.asm.Opcodes.ACC_SYNCHRONIZED) != 0) {
                    return null; // the JVM holds a synchronized method's monitor itself: no range needed
                }
                return new MethodVisitor(OpenedClassReader.ASM_API) {
                    private final Set<Label> starts = new HashSet<>();
                    private final Set<Label> ends = new HashSet<>();
                    private int depth;

                    @Override
                    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                        if (type == null) {
                            starts.add(start);
                            ends.add(end);
                        }
                    }

                    @Override
                    public void visitLabel(Label label) {
                        if (ends.contains(label)) {
                            depth--;
                        }
                        if (starts.contains(label)) {
                            depth++;
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String callee, String desc, boolean itf) {
                        if (callee.equals(ENTER)) {
                            hooks[0]++;
                            if (depth <= 0) {
                                outside.add(name);
                            }
                        }
                    }
                };
            }
        }, 0);
        assertThat(hooks[0]).as("acquire hooks of synchronized blocks").isGreaterThanOrEqualTo(5);
        assertThat(outside).as("methods whose acquire hook can throw past the monitor exit").isEmpty();
    }
}
