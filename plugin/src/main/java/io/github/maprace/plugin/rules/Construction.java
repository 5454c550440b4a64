package io.github.maprace.plugin.rules;

import java.util.HashSet;
import java.util.Set;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLambda;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtAnonymousExecutable;
import spoon.reflect.declaration.CtConstructor;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;

/**
 * Whether code runs while a field's owner is being constructed, before other threads can see it.
 *
 * <p>For an instance field: its class's constructors, instance initializers and instance field
 * initializers. For a static field: static initializers and static field initializers (class
 * initialization happens-before every use of the class; constructors are <em>not</em> construction
 * of a static field, they run on whatever thread creates an instance). In both cases also private
 * methods called only from construction, inline lambdas there ({@code list.forEach(...)}), and
 * lifecycle methods that frameworks call once before use ({@code @PostConstruct}, {@code @Inject}
 * and {@code @Autowired} setters, {@code @BeforeEach}/{@code @Before} and JMH {@code @Setup}).
 * A callback created during construction (a submitted lambda, an anonymous class) is not
 * construction: it runs later.
 */
final class Construction {

    private static final Set<String> LIFECYCLE = Set.of("PostConstruct", "Inject", "Autowired", "BeforeEach",
            "Before", "BeforeAll", "BeforeClass", "Setup", "Value", "Activate");

    private Construction() {
    }

    /** True when {@code e} runs during construction of {@code field}'s owner (see the class comment). */
    static boolean is(CtElement e, CtField<?> field) {
        return is(e, field, new HashSet<>());
    }

    private static boolean is(CtElement e, CtField<?> field, Set<CtMethod<?>> visiting) {
        CtType<?> owner = field.getDeclaringType();
        boolean isStatic = field.isStatic();
        for (CtElement cur = e; cur != null; cur = cur.isParentInitialized() ? cur.getParent() : null) {
            if (cur instanceof CtLambda<?> lambda) {
                if (!InlineLambdas.runsInline(lambda)) {
                    return false;
                }
            } else if (cur instanceof CtField<?> initialized) {
                return initialized.getDeclaringType() == owner && initialized.isStatic() == isStatic;
            } else if (cur instanceof CtAnonymousExecutable block) {
                return block.getParent(CtType.class) == owner && block.isStatic() == isStatic;
            } else if (cur instanceof CtConstructor<?> constructor) {
                return !isStatic && constructor.getDeclaringType() == owner;
            } else if (cur instanceof CtMethod<?> method) {
                return method.getDeclaringType() == owner && (isLifecycle(method, isStatic)
                        || onlyCalledFromConstruction(method, field, visiting));
            } else if (cur instanceof CtType<?>) {
                return false;
            }
        }
        return false;
    }

    /** True for a method a framework calls once before the object is used. */
    static boolean isLifecycle(CtMethod<?> method, boolean forStaticField) {
        if (forStaticField && !method.isStatic()) {
            return false;
        }
        for (CtAnnotation<?> annotation : method.getAnnotations()) {
            if (annotation.getAnnotationType() != null
                    && LIFECYCLE.contains(annotation.getAnnotationType().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyCalledFromConstruction(CtMethod<?> method, CtField<?> field, Set<CtMethod<?>> visiting) {
        if (!method.isPrivate() || !visiting.add(method)) {
            return false; // recursion: the path back to this method proves nothing
        }
        try {
            Callers.Sites sites = Callers.of(method);
            if (!sites.complete() || sites.calls().isEmpty()) {
                return false;
            }
            for (CtInvocation<?> call : sites.calls()) {
                if (!is(call, field, visiting)) {
                    return false;
                }
            }
            return true;
        } finally {
            // only the current path guards against cycles: a helper reached along two paths is checked on each
            visiting.remove(method);
        }
    }
}
