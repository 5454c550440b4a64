package io.github.maprace.plugin.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import spoon.reflect.code.CtExecutableReferenceExpression;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtSuperAccess;
import spoon.reflect.code.CtThisAccess;
import spoon.reflect.code.CtTypeAccess;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLambda;
import spoon.reflect.declaration.CtAnonymousExecutable;
import spoon.reflect.declaration.CtConstructor;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.ModifierKind;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * The call sites of a private method inside its top-level type (and of a protected template method
 * in the parent class that calls it), so that a helper can inherit what its callers know: called
 * only from constructors, it is construction; called only under a lock, it runs under that lock.
 *
 * <p>Calls are matched by name and argument count (any count from the fixed parameters on for a
 * varargs method), not by resolved declaration: in no-classpath
 * mode an overload may not resolve, and counting a call too many only makes the rules more
 * careful.
 */
final class Callers {

    /** Call sites of a method; {@code complete} is false when a method reference lets it escape. */
    record Sites(List<CtInvocation<?>> calls, boolean complete) {
    }

    private Callers() {
    }

    /**
     * The calls of {@code method}: of a private method, in its top-level type; of a template method
     * ({@link #isTemplate}), in its top-level type and, on {@code this}, in the parent class that
     * declares it. Empty and incomplete for any other method.
     */
    static Sites of(CtMethod<?> method) {
        return ModelCache.get(method, Callers.class.getName(), () -> find(method));
    }

    /**
     * True for a protected instance method that overrides one of a parent class in the model: the
     * parent's own code calls it (the template method pattern), and outside code rarely does.
     */
    static boolean isTemplate(CtMethod<?> method) {
        return templateParent(method) != null;
    }

    private static Sites find(CtMethod<?> method) {
        CtType<?> owner = method.getDeclaringType();
        CtType<?> parent = templateParent(method);
        if (!method.isPrivate() && parent == null || owner == null) {
            return new Sites(List.of(), false);
        }
        List<CtInvocation<?>> calls = new ArrayList<>();
        boolean complete = collect(method, owner.getTopLevelType(), false, calls);
        if (parent != null) {
            complete &= collect(method, parent.getTopLevelType(), true, calls);
        }
        return new Sites(calls, complete);
    }

    /** Adds the calls of {@code method} in {@code top} to {@code calls}; false when a method reference lets it escape. */
    private static boolean collect(CtMethod<?> method, CtType<?> top, boolean onThisOnly, List<CtInvocation<?>> calls) {
        String name = method.getSimpleName();
        int arity = method.getParameters().size();
        boolean varargs = !method.getParameters().isEmpty() && method.getParameters().get(arity - 1).isVarArgs();
        Set<String> ownTypes = new HashSet<>();
        top.getElements(new TypeFilter<>(CtType.class)).forEach(type -> ownTypes.add(type.getSimpleName()));
        for (CtInvocation<?> call : top.getElements(new TypeFilter<>(CtInvocation.class))) {
            int arguments = call.getArguments().size();
            // a varargs method takes any number of trailing arguments, none included
            boolean fits = varargs ? arguments >= arity - 1 : arguments == arity;
            boolean onThis = call.getTarget() == null || call.getTarget().isImplicit()
                    || call.getTarget() instanceof CtThisAccess<?>;
            if (name.equals(call.getExecutable().getSimpleName()) && fits
                    && (onThisOnly ? onThis : mayBeOwn(call, ownTypes)) && !Locks.encloses(method, call)) {
                calls.add(call);
            }
        }
        for (CtExecutableReferenceExpression<?, ?> ref : top.getElements(new TypeFilter<>(CtExecutableReferenceExpression.class))) {
            if (name.equals(ref.getExecutable().getSimpleName())) {
                return false;
            }
        }
        return true;
    }

    /** The parent class in the model that declares the method {@code method} overrides, for a protected method. */
    private static CtType<?> templateParent(CtMethod<?> method) {
        CtType<?> owner = method.getDeclaringType();
        if (owner == null || method.isStatic() || !method.hasModifier(ModifierKind.PROTECTED)) {
            return null;
        }
        try {
            for (CtTypeReference<?> up = owner.getSuperclass(); up != null; ) {
                CtType<?> parent = up.getTypeDeclaration();
                if (parent == null || parent.isShadow()) {
                    return null;
                }
                boolean declares = parent.getMethods().stream().anyMatch(m -> m.getSimpleName().equals(method.getSimpleName())
                        && m.getParameters().size() == method.getParameters().size());
                if (declares) {
                    return parent;
                }
                up = parent.getSuperclass();
            }
        } catch (RuntimeException e) {
            return null; // no classpath: a parent that does not resolve
        }
        return null;
    }

    /**
     * False for a call made on another object whose type is visibly not one of this top-level
     * type's classes ({@code executor.remove(this)} is not a call of the private {@code remove(x)});
     * calls on {@code this}, {@code super}, a class name or an object of unknown type count.
     */
    private static boolean mayBeOwn(CtInvocation<?> call, Set<String> ownTypes) {
        CtExpression<?> target = call.getTarget();
        if (target == null || target.isImplicit() || target instanceof CtThisAccess<?> || target instanceof CtSuperAccess<?>
                || target instanceof CtTypeAccess<?>) {
            return true;
        }
        CtTypeReference<?> type = target.getType();
        if (type == null || type.getSimpleName().isEmpty()) {
            return true;
        }
        return ownTypes.contains(type.getSimpleName());
    }

    /** The method or constructor name of the code around {@code e}, for messages: {@code put()} or {@code <init>}. */
    static String where(CtElement e) {
        CtExecutable<?> executable = e instanceof CtExecutable<?> self && !(e instanceof CtLambda<?>)
                ? self : e.getParent(CtExecutable.class);
        while (executable instanceof CtLambda<?>) {
            executable = executable.getParent(CtExecutable.class);
        }
        if (executable instanceof CtConstructor<?> constructor) {
            return "the constructor " + constructor.getDeclaringType().getSimpleName() + "()";
        }
        if (executable instanceof CtAnonymousExecutable block) {
            return block.isStatic() ? "the static initializer" : "an instance initializer";
        }
        if (executable != null) {
            return executable.getSimpleName() + "()";
        }
        return "a field initializer";
    }
}
