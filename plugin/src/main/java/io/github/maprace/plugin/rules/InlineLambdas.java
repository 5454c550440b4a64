package io.github.maprace.plugin.rules;

import java.util.Set;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLambda;

/**
 * Lambdas that run before the call they are passed to returns ({@code list.forEach(x -> ...)},
 * {@code map.computeIfAbsent(k, key -> ...)}, stream stages), as opposed to callbacks that run
 * later, perhaps on another thread ({@code executor.submit(() -> ...)}). Code in an inline lambda
 * still runs under the caller's lock and, in a constructor, still belongs to construction.
 */
final class InlineLambdas {

    private static final Set<String> INLINE = Set.of("forEach", "forEachOrdered", "forEachRemaining",
            "removeIf", "replaceAll", "computeIfAbsent", "computeIfPresent", "compute", "merge", "map", "filter",
            "flatMap", "peek", "mapToInt", "mapToLong", "mapToDouble", "mapToObj", "collect", "reduce",
            "anyMatch", "allMatch", "noneMatch", "sorted", "sort", "min", "max", "toMap", "groupingBy",
            "comparing", "ifPresent", "ifPresentOrElse", "orElseGet", "takeWhile", "dropWhile", "iterate");

    private InlineLambdas() {
    }

    /** True when {@code lambda} is an argument of a call known to run it before returning. */
    static boolean runsInline(CtLambda<?> lambda) {
        if (!lambda.isParentInitialized() || !(lambda.getParent() instanceof CtInvocation<?> call)) {
            return false;
        }
        if (!INLINE.contains(call.getExecutable().getSimpleName())) {
            return false;
        }
        return call.getArguments().stream().anyMatch(argument -> argument == lambda);
    }
}
