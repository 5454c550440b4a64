package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.Severity;
import spoon.reflect.declaration.CtElement;

/**
 * Where a rule reports findings. The sink is bound to one rule, so a rule only says where and
 * what; the sink turns the element into a {@code Location}, applies {@code @SuppressWarnings} and
 * drops duplicates.
 */
public interface FindingSink {

    /** Reports a finding at {@code element} with the rule's default severity. */
    void report(CtElement element, String message, String fix);

    /** Reports a finding at {@code element} with a severity other than the rule's default. */
    void report(CtElement element, Severity severity, String message, String fix);
}
