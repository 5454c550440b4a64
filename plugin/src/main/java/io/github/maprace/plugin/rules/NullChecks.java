package io.github.maprace.plugin.rules;

import java.util.List;
import spoon.reflect.code.BinaryOperatorKind;
import spoon.reflect.code.CtBinaryOperator;
import spoon.reflect.code.CtBlock;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldRead;
import spoon.reflect.code.CtIf;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtReturn;
import spoon.reflect.code.CtStatement;
import spoon.reflect.code.CtStatementList;
import spoon.reflect.code.CtThrow;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtVariable;

/**
 * The null check that makes code lazy initialization of a map field, in either of its two shapes:
 * {@code if (map == null) { map = ...; }} (the code in the then branch), or
 * {@code if (map != null) return map; map = ...;} (the code after an earlier {@code if} of the same
 * block, or of an enclosing one, that leaves the method when the field is set). The field may be
 * read through a local copy ({@code Map<K, V> m = map; if (m != null) return m;}).
 */
final class NullChecks {

    private NullChecks() {
    }

    /** The nearest null check of {@code field} that {@code code} runs only after, in the same method, or {@code null}. */
    static CtIf guarding(CtElement code, CtField<?> field) {
        CtElement child = code;
        for (CtElement e = code.getParent(); e != null && !(e instanceof CtExecutable<?>) && !(e instanceof CtType<?>);
             child = e, e = e.getParent()) {
            if (e instanceof CtIf decision && decision.getThenStatement() == child
                    && tests(decision.getCondition(), field, BinaryOperatorKind.EQ)) {
                return decision;
            }
            if (e instanceof CtStatementList list) {
                CtIf exit = earlyExitBefore(list.getStatements(), child, field);
                if (exit != null) {
                    return exit;
                }
            }
        }
        return null;
    }

    /** An {@code if (field != null) return ...;} among the statements before {@code child}. */
    private static CtIf earlyExitBefore(List<CtStatement> statements, CtElement child, CtField<?> field) {
        int at = -1;
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) == child) { // Spoon's equals is structural: two equal statements are not one
                at = i;
            }
        }
        for (int i = at - 1; i >= 0; i--) {
            if (statements.get(i) instanceof CtIf decision && decision.getElseStatement() == null
                    && leaves(decision.getThenStatement()) && tests(decision.getCondition(), field, BinaryOperatorKind.NE)) {
                return decision;
            }
        }
        return null;
    }

    /** A return or throw, or a block that ends with one. */
    private static boolean leaves(CtStatement statement) {
        if (statement instanceof CtBlock<?> block) {
            List<CtStatement> statements = block.getStatements();
            return !statements.isEmpty() && leaves(statements.get(statements.size() - 1));
        }
        return statement instanceof CtReturn<?> || statement instanceof CtThrow;
    }

    /**
     * {@code field == null} ({@code kind} EQ) or {@code field != null} (NE), either way round, on the
     * field or a local copied from it; for EQ also an {@code ||} containing one.
     */
    private static boolean tests(CtExpression<?> condition, CtField<?> field, BinaryOperatorKind kind) {
        if (!(condition instanceof CtBinaryOperator<?> binary)) {
            return false;
        }
        if (kind == BinaryOperatorKind.EQ && binary.getKind() == BinaryOperatorKind.OR) {
            return tests(binary.getLeftHandOperand(), field, kind) || tests(binary.getRightHandOperand(), field, kind);
        }
        if (binary.getKind() != kind) {
            return false;
        }
        CtExpression<?> left = binary.getLeftHandOperand();
        CtExpression<?> right = binary.getRightHandOperand();
        return MapFields.isNull(right) && names(left, field) || MapFields.isNull(left) && names(right, field);
    }

    private static boolean names(CtExpression<?> e, CtField<?> field) {
        if (e instanceof CtFieldRead<?> read) {
            return read.getVariable().getDeclaration() == field;
        }
        if (e instanceof CtVariableRead<?> read && read.getVariable() != null) {
            CtVariable<?> local = read.getVariable().getDeclaration();
            return local instanceof CtLocalVariable<?> variable && variable.getDefaultExpression() instanceof CtFieldRead<?> copy
                    && copy.getVariable().getDeclaration() == field;
        }
        return false;
    }
}
