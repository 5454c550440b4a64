package io.github.maprace.plugin.rules;

import java.util.Objects;
import spoon.reflect.declaration.CtElement;

/**
 * Another line of a static finding, with what happens there: the check of a check-then-act, the
 * writes behind a field-level finding, the read-lock {@code lock()} of an upgrade. The reports list
 * it under the finding (SARIF {@code relatedLocations}, the XML {@code related} element, the HTML).
 *
 * @param element the element whose line is meant
 * @param message what happens there, e.g. {@code put in refresh() (unguarded write)}
 */
public record Related(CtElement element, String message) {
    public Related {
        Objects.requireNonNull(element, "element");
        message = message == null ? "" : message;
    }
}
