package io.github.maprace.plugin.rules;

import java.util.ArrayList;
import java.util.List;
import spoon.reflect.code.BinaryOperatorKind;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtBinaryOperator;
import spoon.reflect.code.CtBlock;
import spoon.reflect.code.CtCFlowBreak;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtIf;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLambda;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtStatement;
import spoon.reflect.code.CtStatementList;
import spoon.reflect.code.CtUnaryOperator;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.code.CtVariableWrite;
import spoon.reflect.code.UnaryOperatorKind;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.reference.CtLocalVariableReference;
import spoon.reflect.reference.CtVariableReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * The {@code if} statement whose branch a map lookup decides, found either directly
 * ({@code if (m.get(k) == null)}) or through a local ({@code V v = m.get(k); if (v == null)}), and
 * the places where code runs on the strength of that lookup: both branches, and the statements
 * after the {@code if} when a branch leaves early ({@code if (v != null) return v;}).
 */
final class CheckGuard {

    /** A place guarded by the check and what it believes about the key. */
    record Scope(CtElement code, Presence presence) {
    }

    private final List<Scope> scopes;

    private CheckGuard(List<Scope> scopes) {
        this.scopes = scopes;
    }

    /** The code guarded by {@code check}, in source order. */
    List<Scope> scopes() {
        return scopes;
    }

    /**
     * The guard of a {@code containsKey(k)} or {@code get(k)} call, or {@code null} when the call's
     * result decides no {@code if} (it is returned, passed on, or stored and never tested).
     */
    static CheckGuard of(CtInvocation<?> check) {
        boolean isValue = "get".equals(check.getExecutable().getSimpleName());
        return climb(check, isValue ? Truth.VALUE : Truth.PRESENT_IF_TRUE);
    }

    /** How the expression being climbed relates to the key's presence. */
    private enum Truth {
        VALUE, PRESENT_IF_TRUE, ABSENT_IF_TRUE, UNKNOWN;

        Truth negate() {
            return switch (this) {
                case PRESENT_IF_TRUE -> ABSENT_IF_TRUE;
                case ABSENT_IF_TRUE -> PRESENT_IF_TRUE;
                default -> UNKNOWN;
            };
        }

        Presence whenTrue() {
            return switch (this) {
                case PRESENT_IF_TRUE -> Presence.PRESENT;
                case ABSENT_IF_TRUE -> Presence.ABSENT;
                default -> Presence.UNKNOWN;
            };
        }
    }

    private static CheckGuard climb(CtExpression<?> start, Truth truth) {
        CtElement child = start;
        while (child.isParentInitialized()) {
            CtElement parent = child.getParent();
            if (parent instanceof CtIf decision && decision.getCondition() == child) {
                return around(decision, truth.whenTrue());
            }
            if (parent instanceof CtLocalVariable<?> local && local.getDefaultExpression() == child) {
                return throughLocal(local, local.getReference(), truth);
            }
            if (parent instanceof CtAssignment<?, ?> assignment && assignment.getAssignment() == child
                    && assignment.getAssigned() instanceof CtVariableWrite<?> write
                    && write.getVariable() instanceof CtLocalVariableReference<?>) {
                return throughLocal(assignment, write.getVariable(), truth);
            }
            if (!(parent instanceof CtExpression<?>) || parent instanceof CtLambda<?>) {
                return null;
            }
            truth = step((CtExpression<?>) parent, child, truth);
            child = parent;
        }
        return null;
    }

    private static Truth step(CtExpression<?> parent, CtElement child, Truth truth) {
        if (parent instanceof CtUnaryOperator<?> unary && unary.getKind() == UnaryOperatorKind.NOT) {
            return truth.negate();
        }
        if (parent instanceof CtBinaryOperator<?> binary) {
            BinaryOperatorKind kind = binary.getKind();
            CtExpression<?> other = binary.getLeftHandOperand() == child
                    ? binary.getRightHandOperand() : binary.getLeftHandOperand();
            if (truth == Truth.VALUE && isNull(other) && kind == BinaryOperatorKind.EQ) {
                return Truth.ABSENT_IF_TRUE;
            }
            if (truth == Truth.VALUE && isNull(other) && kind == BinaryOperatorKind.NE) {
                return Truth.PRESENT_IF_TRUE;
            }
            // the then branch of (a && b) still knows a; nothing else combines so simply
            return kind == BinaryOperatorKind.AND && truth != Truth.VALUE ? truth : Truth.UNKNOWN;
        }
        return Truth.UNKNOWN;
    }

    private static boolean isNull(CtExpression<?> e) {
        return e instanceof CtLiteral<?> literal && literal.getValue() == null;
    }

    /** {@code V v = m.get(k);} then the first later statement that tests {@code v}. */
    private static CheckGuard throughLocal(CtStatement declaration, CtVariableReference<?> variable, Truth truth) {
        if (!(declaration.getParent() instanceof CtStatementList list)) {
            return null;
        }
        List<CtStatement> statements = list.getStatements();
        for (int i = indexOf(statements, declaration) + 1; i > 0 && i < statements.size(); i++) {
            if (statements.get(i) instanceof CtIf decision) {
                CtVariableRead<?> use = readOf(decision.getCondition(), variable);
                if (use != null) {
                    CheckGuard guard = climb(use, truth);
                    return guard != null && !guard.scopes.isEmpty() ? guard : null;
                }
            }
        }
        return null;
    }

    private static CtVariableRead<?> readOf(CtExpression<?> condition, CtVariableReference<?> variable) {
        if (condition == null) {
            return null;
        }
        for (CtVariableRead<?> read : condition.getElements(new TypeFilter<>(CtVariableRead.class))) {
            if (read.getVariable() != null && read.getVariable().getSimpleName().equals(variable.getSimpleName())) {
                return read;
            }
        }
        return null;
    }

    private static CheckGuard around(CtIf decision, Presence inThen) {
        List<Scope> scopes = new ArrayList<>();
        CtStatement then = decision.getThenStatement();
        CtStatement otherwise = decision.getElseStatement();
        if (then != null) {
            scopes.add(new Scope(then, inThen));
        }
        if (otherwise != null) {
            scopes.add(new Scope(otherwise, inThen.flip()));
        }
        boolean thenLeaves = leaves(then);
        boolean elseLeaves = otherwise != null && leaves(otherwise);
        // code after the if runs only on the branch that does not leave early
        if (thenLeaves != elseLeaves && decision.getParent() instanceof CtStatementList list) {
            Presence after = thenLeaves ? inThen.flip() : inThen;
            List<CtStatement> statements = list.getStatements();
            for (int i = indexOf(statements, decision) + 1; i > 0 && i < statements.size(); i++) {
                scopes.add(new Scope(statements.get(i), after));
            }
        }
        return new CheckGuard(scopes);
    }

    /** By identity: {@code List.indexOf} would use Spoon's structural {@code equals}. */
    private static int indexOf(List<CtStatement> statements, CtStatement wanted) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static boolean leaves(CtStatement statement) {
        if (statement instanceof CtBlock<?> block) {
            List<CtStatement> statements = block.getStatements();
            return !statements.isEmpty() && leaves(statements.get(statements.size() - 1));
        }
        return statement instanceof CtCFlowBreak;
    }
}
