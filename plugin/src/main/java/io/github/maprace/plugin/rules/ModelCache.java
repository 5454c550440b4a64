package io.github.maprace.plugin.rules;

import java.util.function.Supplier;
import spoon.reflect.declaration.CtElement;

/**
 * Answers computed once per model element and kept on it as Spoon metadata, so that they live and
 * die with the model. For questions several rules ask about the same field, method or type (its
 * uses, its callers, why its class looks multi-threaded): each answer costs a walk of the whole
 * top-level type, and asking it again for every element made the pass quadratic in class size.
 * The pass is single-threaded, and the answers depend on the model only.
 */
final class ModelCache {

    private static final Object NONE = new Object();

    private ModelCache() {
    }

    /** The answer stored on {@code element} under {@code key}, computing and storing it on first use. */
    @SuppressWarnings("unchecked")
    static <T> T get(CtElement element, String key, Supplier<T> compute) {
        Object cached = element.getMetadata(key);
        if (cached == NONE) {
            return null;
        }
        if (cached != null) {
            return (T) cached;
        }
        T answer = compute.get();
        element.putMetadata(key, answer == null ? NONE : answer);
        return answer;
    }
}
