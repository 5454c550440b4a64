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
 * The hooks of a {@code synchronized} block sit where an exception they threw would still exit the
 * monitor, and not in javac's self-covering handler: a call that could leave the method with the
 * monitor held makes C2 refuse the method, a call that traps into its own handler makes C1 refuse
 * it, and a method neither compiles runs interpreted (25-50x slower).
 */
class MonitorPlacementTest {
    private static final String ENTER = "monitorEnter";
    private static final String EXIT = "monitorExit";

    /** One exception table entry, as the reader visits them (table order). */
    private record Range(Label start, Label end, Label handler, String type) {
    }

    @Test
    void shouldPlaceEveryHookOfABlockWhereItsExceptionExitsTheMonitorElsewhere() {
        RewrittenClasses classes = RewrittenClasses.ofFixtures();
        List<String> problems = new ArrayList<>();
        int[] hooks = new int[2];
        new ClassReader(classes.bytes(SyncShapes.class.getName())).accept(new ClassVisitor(OpenedClassReader.ASM_API) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if ((access & net.bytebuddy.jar.asm.Opcodes.ACC_SYNCHRONIZED) != 0) {
                    return null; // the JVM holds a synchronized method's monitor itself: no range needed
                }
                return new MethodVisitor(OpenedClassReader.ASM_API) {
                    private final List<Range> table = new ArrayList<>();
                    private final Set<Range> open = new HashSet<>();

                    @Override
                    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                        table.add(new Range(start, end, handler, type));
                    }

                    @Override
                    public void visitLabel(Label label) {
                        open.removeIf(r -> r.end == label);
                        for (Range r : table) {
                            if (r.start == label) {
                                open.add(r);
                            }
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String callee, String desc, boolean itf) {
                        if (!callee.equals(ENTER) && !callee.equals(EXIT)) {
                            return;
                        }
                        hooks[callee.equals(ENTER) ? 0 : 1]++;
                        // the JVM takes the first entry in table order that covers the call
                        Range first = table.stream().filter(open::contains).findFirst().orElse(null);
                        if (first == null || first.type != null) {
                            problems.add(name + ": " + callee + " can throw out with the monitor held");
                        } else if (first.handler == first.start) {
                            problems.add(name + ": " + callee + " traps into the handler it is in (C1 gives up)");
                        }
                    }
                };
            }
        }, 0);
        assertThat(hooks[0]).as("acquire hooks of synchronized blocks").isGreaterThanOrEqualTo(5);
        assertThat(hooks[1]).as("release hooks of synchronized blocks").isGreaterThanOrEqualTo(10);
        assertThat(problems).isEmpty();
    }
}
