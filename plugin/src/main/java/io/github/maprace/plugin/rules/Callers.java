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
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * The call sites of a private method inside its top-level type, so that a private helper can
 * inherit what its callers know: called only from constructors, it is construction; called only
 * under a lock, it runs under that lock.
 *
 * <p>Calls are matched by name and argument count, not by resolved declaration: in no-classpath
 * mode an overload may not resolve, and counting a call too many only makes the rules more
 * careful.
 */
final class Callers {

    /** Call sites of a method; {@code complete} is false when a method reference lets it escape. */
    record Sites(List<CtInvocation<?>> calls, boolean complete) {
    }

    private Callers() {
    }

    /** The calls of {@code method} in its top-level type, or empty when it is not private. */
    static Sites of(CtMethod<?> method) {
        return ModelCache.get(method, Callers.class.getName(), () -> find(method));
    }

    private static Sites find(CtMethod<?> method) {
        CtType<?> owner = method.getDeclaringType();
        if (!method.isPrivate() || owner == null) {
            return new Sites(List.of(), false);
        }
        CtType<?> top = owner.getTopLevelType();
        String name = method.getSimpleName();
        int arity = method.getParameters().size();
        List<CtInvocation<?>> calls = new ArrayList<>();
        Set<String> ownTypes = new HashSet<>();
        top.getElements(new TypeFilter<>(CtType.class)).forEach(type -> ownTypes.add(type.getSimpleName()));
        for (CtInvocation<?> call : top.getElements(new TypeFilter<>(CtInvocation.class))) {
            if (name.equals(call.getExecutable().getSimpleName()) && call.getArguments().size() == arity
                    && mayBeOwn(call, ownTypes) && !Locks.encloses(method, call)) {
                calls.add(call);
            }
        }
        for (CtExecutableReferenceExpression<?, ?> ref : top.getElements(new TypeFilter<>(CtExecutableReferenceExpression.class))) {
            if (name.equals(ref.getExecutable().getSimpleName())) {
                return new Sites(calls, false);
            }
        }
        return new Sites(calls, true);
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
