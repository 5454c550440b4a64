package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.Severity;
import java.util.List;
import spoon.reflect.declaration.CtElement;

/**
 * Where a rule reports findings. The sink is bound to one rule, so a rule only says where and
 * what; the sink turns the elements into {@code Location}s, applies {@code @SuppressWarnings} to
 * the reported element and drops duplicates.
 *
 * <p>{@code element} is where the user makes the fix (the location contract of CONTRACT.md: the
 * field declaration of a field-level rule, the act of a check-then-act, ...); the other lines
 * involved go into {@code related}, each with a message.
 */
public interface FindingSink {

    /** Reports a finding at {@code element} with the rule's default severity and no related lines. */
    default void report(CtElement element, String message, String fix) {
        report(element, message, fix, List.of());
    }

    /** Reports a finding at {@code element} with a severity other than the rule's default and no related lines. */
    default void report(CtElement element, Severity severity, String message, String fix) {
        report(element, severity, message, fix, List.of());
    }

    /** Reports a finding at {@code element} with the rule's default severity and the other lines involved. */
    void report(CtElement element, String message, String fix, List<Related> related);

    /** Reports a finding at {@code element} with {@code severity} and the other lines involved. */
    void report(CtElement element, Severity severity, String message, String fix, List<Related> related);
}
