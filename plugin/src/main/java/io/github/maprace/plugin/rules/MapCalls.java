package io.github.maprace.plugin.rules;

import java.util.List;
import java.util.Objects;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldAccess;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtThisAccess;
import spoon.reflect.code.CtTypeAccess;
import spoon.reflect.code.CtVariableAccess;
import spoon.reflect.cu.SourcePosition;
import spoon.reflect.reference.CtFieldReference;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.reference.CtVariableReference;

/**
 * Small questions about map method calls: which variable a call is made on, and whether two calls
 * use the same map and the same key.
 */
final class MapCalls {

    private MapCalls() {
    }

    /** True when {@code call} is {@code name(...)} with {@code arity} arguments. */
    static boolean is(CtInvocation<?> call, String name, int arity) {
        return call.getArguments().size() == arity && name.equals(call.getExecutable().getSimpleName());
    }

    /**
     * The variable a call is made on ({@code cache.get(k)}, {@code this.cache.get(k)}), or
     * {@code null} when the target is anything else (a method result, an array element), which the
     * rules leave alone because they cannot tell two such targets are the same map.
     */
    static CtVariableReference<?> mapVariable(CtInvocation<?> call) {
        return call.getTarget() instanceof CtVariableAccess<?> access ? access.getVariable() : null;
    }

    /** True when both calls are made on the same variable, e.g. {@code cache} and {@code this.cache}. */
    static boolean sameMap(CtInvocation<?> a, CtInvocation<?> b) {
        return a.getTarget() instanceof CtVariableAccess<?> left
                && b.getTarget() instanceof CtVariableAccess<?> right
                && sameVariable(left, right);
    }

    /** True when both calls' first argument is the same key expression. */
    static boolean sameKey(CtInvocation<?> a, CtInvocation<?> b) {
        List<CtExpression<?>> left = a.getArguments();
        List<CtExpression<?>> right = b.getArguments();
        return !left.isEmpty() && !right.isEmpty() && sameExpression(left.get(0), right.get(0));
    }

    /**
     * Structural equality of two expressions, with variable accesses compared by the variable
     * they name so that {@code key} and {@code this.key} match.
     */
    static boolean sameExpression(CtExpression<?> a, CtExpression<?> b) {
        if (a instanceof CtVariableAccess<?> left && b instanceof CtVariableAccess<?> right) {
            return sameVariable(left, right);
        }
        if (a instanceof CtLiteral<?> left && b instanceof CtLiteral<?> right) {
            return Objects.equals(left.getValue(), right.getValue());
        }
        return a != null && a.equals(b);
    }

    private static boolean sameVariable(CtVariableAccess<?> a, CtVariableAccess<?> b) {
        CtVariableReference<?> left = a.getVariable();
        CtVariableReference<?> right = b.getVariable();
        if (left == null || right == null || !left.getSimpleName().equals(right.getSimpleName())) {
            return false;
        }
        if (a instanceof CtFieldAccess<?> leftField && b instanceof CtFieldAccess<?> rightField) {
            // other.cache and this.cache are different maps; this.cache and cache are the same
            return sameOwner(leftField, rightField);
        }
        return !(left instanceof CtFieldReference<?>) && !(right instanceof CtFieldReference<?>);
    }

    private static boolean sameOwner(CtFieldAccess<?> a, CtFieldAccess<?> b) {
        CtExpression<?> left = a.getTarget();
        CtExpression<?> right = b.getTarget();
        if (isSelf(left) && isSelf(right)) {
            return true;
        }
        return left != null && right != null && sameExpression(left, right);
    }

    private static boolean isSelf(CtExpression<?> target) {
        return target == null || target instanceof CtThisAccess<?> || target instanceof CtTypeAccess<?>;
    }

    /**
     * The expression as the user wrote it, for messages: Spoon's printer would qualify names
     * ({@code com.acme.Cache.CACHE}) and drop the author's spelling.
     */
    static String text(CtExpression<?> expression) {
        if (expression == null) {
            return "";
        }
        try {
            SourcePosition position = expression.getPosition();
            if (position.isValidPosition() && !expression.isImplicit() && position.getCompilationUnit() != null) {
                String source = position.getCompilationUnit().getOriginalSourceCode();
                int start = position.getSourceStart();
                int end = position.getSourceEnd() + 1;
                if (source != null && start >= 0 && end <= source.length() && start < end) {
                    return source.substring(start, end).replaceAll("\\s+", " ");
                }
            }
        } catch (RuntimeException e) {
            // no source at hand: fall back to Spoon's printer below
        }
        return expression.toString();
    }

    /** The simple name of a map variable's value type ({@code Long} for {@code Map<String, Long>}), or "". */
    static String valueType(CtVariableReference<?> map) {
        CtTypeReference<?> type = map == null ? null : map.getType();
        if (type == null || type.getActualTypeArguments().size() != 2) {
            return "";
        }
        return type.getActualTypeArguments().get(1).getSimpleName();
    }
}
