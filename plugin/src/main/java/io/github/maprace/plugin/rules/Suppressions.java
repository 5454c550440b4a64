package io.github.maprace.plugin.rules;

import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtPackage;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * {@code @SuppressWarnings("maprace")} (every rule) and {@code @SuppressWarnings("maprace:RULE_ID")}
 * (one rule) on any declaration enclosing a finding: type, method, constructor, field, parameter
 * or local variable.
 *
 * <p>The analyzer asks it about the element a finding is reported at. The field rules also ask it
 * about the map field itself, because they report at a use of the field (an access, an assignment)
 * that the field's declaration does not enclose.
 */
public final class Suppressions {

    private static final String ALL = "maprace";
    private static final String ONE = "maprace:";

    private Suppressions() {
    }

    /** True when a declaration around {@code element} suppresses {@code ruleId}. */
    public static boolean isSuppressed(CtElement element, String ruleId) {
        for (CtElement e = element; e != null && !(e instanceof CtPackage); e = e.isParentInitialized() ? e.getParent() : null) {
            for (CtAnnotation<?> annotation : e.getAnnotations()) {
                if (isSuppressWarnings(annotation) && names(annotation, ruleId)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSuppressWarnings(CtAnnotation<?> annotation) {
        return annotation.getAnnotationType() != null
                && "SuppressWarnings".equals(annotation.getAnnotationType().getSimpleName());
    }

    private static boolean names(CtAnnotation<?> annotation, String ruleId) {
        CtExpression<?> value = annotation.getValues().get("value");
        if (value == null) {
            return false;
        }
        // a single string or an array of them: both are literals somewhere under the value
        for (CtLiteral<?> literal : value.getElements(new TypeFilter<>(CtLiteral.class))) {
            if (literal.getValue() instanceof String text) {
                String token = text.trim();
                if (token.equalsIgnoreCase(ALL) || token.equalsIgnoreCase(ONE + ruleId)) {
                    return true;
                }
            }
        }
        return false;
    }
}
