package io.github.maprace.plugin.rules;

import java.util.Set;
import spoon.reflect.code.CtInvocation;

/** Which map and view calls change a map, and which of them may add or remove keys. */
final class MapMutations {

    /** Calls that may add or remove a key: they bump a fail-fast iterator's modification count. */
    private static final Set<String> STRUCTURAL = Set.of(
            "put", "putAll", "remove", "clear", "putIfAbsent", "compute", "computeIfAbsent",
            "computeIfPresent", "merge");
    /** Calls on a collection view that remove entries from the map behind it. */
    private static final Set<String> VIEW_REMOVALS = Set.of("remove", "removeAll", "retainAll", "clear", "removeIf");
    /** Key-taking calls that only add (or keep) a key when it is absent, never remove it. */
    private static final Set<String> ADDING = Set.of("put", "putIfAbsent", "computeIfAbsent");

    private MapMutations() {
    }

    /** True for a map call that may add or remove a key ({@code put}, {@code remove}, {@code merge}, ...). */
    static boolean isStructural(CtInvocation<?> call) {
        String name = call.getExecutable().getSimpleName();
        int arity = call.getArguments().size();
        return switch (name) {
            case "clear" -> arity == 0;
            case "putAll" -> arity == 1;
            case "remove" -> arity == 1 || arity == 2;
            case "merge" -> arity == 3;
            default -> STRUCTURAL.contains(name) && arity == 2;
        };
    }

    /** True for any map call that changes the map, values included ({@code replace}, {@code replaceAll}). */
    static boolean isWrite(CtInvocation<?> call) {
        String name = call.getExecutable().getSimpleName();
        int arity = call.getArguments().size();
        return isStructural(call) || "replace".equals(name) && (arity == 2 || arity == 3)
                || "replaceAll".equals(name) && arity == 1;
    }

    /** True for a call on a collection view that removes entries ({@code m.keySet().remove(k)}). */
    static boolean isViewRemoval(CtInvocation<?> call) {
        String name = call.getExecutable().getSimpleName();
        return VIEW_REMOVALS.contains(name) && call.getArguments().size() == ("clear".equals(name) ? 0 : 1);
    }

    /** True for {@code put}, {@code putIfAbsent}, {@code computeIfAbsent}: never remove their key. */
    static boolean onlyAdds(CtInvocation<?> call) {
        return ADDING.contains(call.getExecutable().getSimpleName());
    }

    /** True for a structural call that names one key as its first argument. */
    static boolean takesKey(CtInvocation<?> call) {
        String name = call.getExecutable().getSimpleName();
        return isStructural(call) && !"clear".equals(name) && !"putAll".equals(name);
    }
}
