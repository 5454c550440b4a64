package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import spoon.reflect.declaration.CtElement;

/**
 * One static checklist rule.
 *
 * <p>Rules never build or walk the Spoon model themselves: building the model dominates the cost of
 * the static pass on large code bases, so the analyzer builds it once and walks it once, handing
 * each element whose kind matches {@link #target()} to {@link #inspect}. A rule may look around the
 * element it is given (parents, siblings, declarations), but should start from the most specific
 * element kind it can so that the shared pass stays cheap.
 *
 * <p>Implementations must be stateless between elements (one instance may see elements of many
 * files) and must tolerate the partial types of Spoon's no-classpath mode: a reference whose
 * declaration is unknown is normal, not an error.
 */
public interface Rule {

    /** The rule's id, title, default severity, rationale and fix, as the reports show them. */
    RuleInfo info();

    /** The element kind this rule wants to see, e.g. {@code CtInvocation.class}. */
    Class<? extends CtElement> target();

    /**
     * Inspects one element of the {@link #target()} kind and reports what is wrong to {@code sink}.
     * Exceptions thrown here are caught by the analyzer and reported as problems, but a rule
     * should not rely on that.
     */
    void inspect(CtElement element, FindingSink sink);
}
