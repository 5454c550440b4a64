package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import java.util.List;
import spoon.reflect.code.CtBlock;
import spoon.reflect.code.CtConditional;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtIf;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLambda;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtReturn;
import spoon.reflect.code.CtStatement;
import spoon.reflect.code.CtVariableAccess;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * MODIFY_WHILE_ITERATING: a call that may add or remove keys ({@code put}, {@code remove},
 * {@code clear}, {@code putAll}, {@code compute*}, {@code merge}, or a removal through a view)
 * made on a map while a for-each loop, an explicit view iterator or a {@code forEach} callback
 * iterates that same map. The finding sits on the modifying call.
 *
 * <p>Severity is {@link Severity#ERROR}: the fail-fast iterators of {@code HashMap},
 * {@code TreeMap}, {@code LinkedHashMap} and the synchronized wrappers throw
 * {@code ConcurrentModificationException} on their next step, even in a single thread.
 *
 * <p>Not flagged: {@code iterator.remove()} and {@code entry.setValue(...)}; {@code put},
 * {@code putIfAbsent}, {@code computeIfAbsent} of the very key being visited, and {@code compute},
 * {@code computeIfPresent}, {@code merge} of it whose function never returns a {@code null}
 * literal (an existing key's value is replaced in place, which is not a structural change for
 * {@code HashMap} or {@code TreeMap}; an access-ordered {@code LinkedHashMap} is the exception
 * this rule accepts missing); changes to another map; loops over a copy
 * ({@code new ArrayList<>(m.keySet())}, {@code Map.copyOf(m)}); changes directly followed by a
 * {@code break} out of the loop, a {@code return} or a {@code throw}; and concurrent maps, whose
 * iterators are weakly consistent.
 */
public final class ModifyWhileIteratingRule implements Rule {

    /** The rule id. */
    public static final String ID = "MODIFY_WHILE_ITERATING";

    private static final RuleInfo INFO = new RuleInfo(ID,
            "Map modified while it or one of its views is being iterated",
            Severity.ERROR,
            "Adding or removing keys while a for-each loop, an iterator or forEach walks a HashMap, TreeMap, "
                    + "LinkedHashMap or synchronized map (or its keySet, values or entrySet) invalidates the "
                    + "iterator: its next step throws ConcurrentModificationException, even in one thread, or, "
                    + "when the change happens on the last element, the loop silently ends with the map half "
                    + "processed.",
            "Remove with map.entrySet().removeIf(e -> ...), map.keySet().removeIf(k -> ...) or "
                    + "map.values().removeIf(v -> ...); update values with map.replaceAll((k, v) -> ...); or "
                    + "iterate with an explicit Iterator and call it.remove(). To add keys, collect them in a "
                    + "separate map and putAll it after the loop, or iterate over a copy.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<? extends CtElement> target() {
        return CtInvocation.class;
    }

    @Override
    public void inspect(CtElement element, FindingSink sink) {
        CtInvocation<?> change = (CtInvocation<?>) element;
        CtVariableAccess<?> map = changedMap(change);
        if (map == null || !MapFields.mayBeMap(map.getVariable().getType())) {
            return;
        }
        MapIterations.Iteration iteration = MapIterations.around(change, map);
        if (iteration == null || keepsKeys(change, iteration) || MapIterations.leavesRightAfter(change, iteration)
                || MapOrigins.isConcurrent(map.getVariable())) {
            return;
        }
        sink.report(change, message(change, map, iteration), fix(change, map, iteration),
                List.of(new Related(iteration.code(), "the iteration over " + iteration.iterated())));
    }

    /** The map a structural call changes: {@code m.remove(k)} or {@code m.keySet().remove(k)}. */
    private static CtVariableAccess<?> changedMap(CtInvocation<?> call) {
        if (call.getTarget() instanceof CtVariableAccess<?> map && map.getVariable() != null
                && MapMutations.isStructural(call)) {
            return map;
        }
        MapViews.View view = MapViews.of(call.getTarget());
        return view != null && MapMutations.isViewRemoval(call) ? view.map() : null;
    }

    /**
     * True for an update of the key the iteration is visiting that keeps it in the map: the entry
     * is replaced in place and no iterator is invalidated.
     */
    private static boolean keepsKeys(CtInvocation<?> change, MapIterations.Iteration iteration) {
        if (!(change.getTarget() instanceof CtVariableAccess<?>) || !MapMutations.takesKey(change)
                || "remove".equals(change.getExecutable().getSimpleName())
                || !isCurrentKey(change.getArguments().get(0), iteration)) {
            return false;
        }
        if (MapMutations.onlyAdds(change)) {
            return true;
        }
        List<CtExpression<?>> arguments = change.getArguments();
        return !mayReturnNull(arguments.get(arguments.size() - 1));
    }

    private static boolean isCurrentKey(CtExpression<?> key, MapIterations.Iteration iteration) {
        CtVariable<?> element = iteration.element();
        if (element != null && iteration.elementIsKey() && reads(key, element)) {
            return true;
        }
        if (element != null && iteration.view() != null && iteration.view().ofEntries() && isGetKeyOf(key, element)) {
            return true;
        }
        CtVariable<?> iterator = iteration.iterator();
        if (iterator == null) {
            return false;
        }
        // K k = it.next(); ... map.put(k, ...)   or   Entry e = it.next(); ... map.put(e.getKey(), ...)
        CtVariable<?> next = key instanceof CtInvocation<?> getKey && MapCalls.is(getKey, "getKey", 0)
                && iteration.view().ofEntries() ? variableRead(getKey.getTarget()) : iteration.view().ofKeys()
                ? variableRead(key) : null;
        return next instanceof CtLocalVariable<?> local && local.getDefaultExpression() instanceof CtInvocation<?> call
                && MapCalls.is(call, "next", 0) && reads(call.getTarget(), iterator);
    }

    private static boolean isGetKeyOf(CtExpression<?> key, CtVariable<?> entry) {
        return key instanceof CtInvocation<?> call && MapCalls.is(call, "getKey", 0) && reads(call.getTarget(), entry);
    }

    private static boolean reads(CtExpression<?> expression, CtVariable<?> variable) {
        return variableRead(expression) == variable;
    }

    private static CtVariable<?> variableRead(CtExpression<?> expression) {
        return expression instanceof CtVariableRead<?> read && read.getVariable() != null
                ? read.getVariable().getDeclaration() : null;
    }

    /** True when a remapping function visibly returns {@code null} (which removes the key). */
    private static boolean mayReturnNull(CtExpression<?> function) {
        if (!(function instanceof CtLambda<?> lambda)) {
            return false;
        }
        if (lambda.getExpression() != null) {
            return isNullResult(lambda.getExpression());
        }
        return lambda.getBody() != null && lambda.getBody().getElements(new TypeFilter<>(CtReturn.class)).stream()
                .anyMatch(r -> isNullResult(r.getReturnedExpression()));
    }

    private static boolean isNullResult(CtExpression<?> result) {
        if (result instanceof CtConditional<?> choice) {
            return isNullResult(choice.getThenExpression()) || isNullResult(choice.getElseExpression());
        }
        return result instanceof CtLiteral<?> literal && literal.getValue() == null;
    }

    private static String message(CtInvocation<?> change, CtVariableAccess<?> map, MapIterations.Iteration iteration) {
        String mapText = MapCalls.text(map);
        String how = switch (iteration.shape()) {
            case FOR_EACH -> "the for-each loop over " + iteration.iterated();
            case ITERATOR -> "the loop driven by the iterator '" + iteration.iterator().getSimpleName() + "' of "
                    + iteration.iterated();
            case CALLBACK -> iteration.iterated();
        };
        String verb = "clear".equals(change.getExecutable().getSimpleName()) ? "empties"
                : removes(change) ? "removes keys from" : "may add keys to";
        return String.format("%s %s the map '%s' while %s (line %d) is iterating it: the iterator is fail-fast, "
                        + "so its next step throws ConcurrentModificationException, or the loop silently stops "
                        + "early when this was the last element.",
                callText(change), verb, mapText, how, line(iteration.code()));
    }

    private static boolean removes(CtInvocation<?> change) {
        String name = change.getExecutable().getSimpleName();
        return !(change.getTarget() instanceof CtVariableAccess<?>) || "remove".equals(name);
    }

    private static String fix(CtInvocation<?> change, CtVariableAccess<?> map, MapIterations.Iteration iteration) {
        String mapText = MapCalls.text(map);
        String name = change.getExecutable().getSimpleName();
        if ("clear".equals(name) && change.getTarget() instanceof CtVariableAccess<?>) {
            return String.format("Call %s.clear() after the loop, or break out of the loop right after it.", mapText);
        }
        if (!removes(change)) {
            return String.format("Collect the new entries in a separate map and add them after the loop: "
                    + "Map<K, V> pending = new HashMap<>(); ... pending.%s; ... %s.putAll(pending); "
                    + "or iterate over a copy: for (... : new ArrayList<>(%s)). To change only the values of "
                    + "existing keys use %s.replaceAll((k, v) -> ...).",
                    callText(change).substring(MapCalls.text(map).length() + 1), mapText,
                    iteration.view() == null ? mapText + ".entrySet()" : iteration.iterated(), mapText);
        }
        if (iteration.shape() == MapIterations.Shape.ITERATOR) {
            String it = iteration.iterator().getSimpleName();
            return String.format("Remove through the iterator: replace %s with %s.remove(), which deletes the "
                    + "current entry and keeps '%s' valid. Or drop the loop and write %s.removeIf(... -> ...).",
                    callText(change), it, it, iteration.iterated());
        }
        return String.format("Replace the loop with %s, or iterate with an explicit Iterator and call it.remove().",
                removeIf(change, mapText, iteration));
    }

    /** {@code view.removeIf(x -> condition)}, with the loop's own condition when it is a plain {@code if}. */
    private static String removeIf(CtInvocation<?> change, String mapText, MapIterations.Iteration iteration) {
        MapIterations.Iteration it = iteration;
        String view = it.view() == null ? mapText + ".entrySet()" : MapCalls.text(it.view().call());
        String parameter = it.element() != null && it.view() != null ? it.element().getSimpleName()
                : it.view() == null ? "e" : it.view().ofEntries() ? "e" : it.view().ofKeys() ? "k" : "v";
        String condition = guardingCondition(change, it);
        if (condition != null && it.view() == null && it.element() != null) {
            // map.forEach((k, v) -> ...) becomes entrySet().removeIf(e -> ...): rewrite k and v
            List<? extends CtVariable<?>> names = ((CtLambda<?>) it.code()).getParameters();
            condition = condition.replaceAll("\\b" + names.get(0).getSimpleName() + "\\b", "e.getKey()")
                    .replaceAll("\\b" + names.get(1).getSimpleName() + "\\b", "e.getValue()");
        }
        return String.format("%s.removeIf(%s -> %s)", view, parameter,
                condition == null ? "/* the condition under which you remove */ true" : condition);
    }

    /** The condition of an {@code if} that directly holds the change and is itself directly in the loop body. */
    private static String guardingCondition(CtInvocation<?> change, MapIterations.Iteration iteration) {
        CtElement statement = change;
        while (statement.isParentInitialized() && !(statement instanceof CtStatement && statement.getParent() instanceof CtBlock<?>)) {
            statement = statement.getParent();
        }
        CtElement block = statement.getParent();
        if (!(block instanceof CtBlock<?> then) || then.getStatements().size() != 1
                || !(then.getParent() instanceof CtIf decision) || decision.getElseStatement() != null) {
            return null;
        }
        CtElement body = decision.getParent();
        boolean inBody = body instanceof CtBlock<?> && (body.getParent() == iteration.code());
        return inBody ? MapCalls.text(decision.getCondition()) : null;
    }

    /** {@code map.remove(key)}, {@code map.put(key, ...)}, shortened for messages. */
    static String callText(CtInvocation<?> call) {
        List<CtExpression<?>> arguments = call.getArguments();
        String first = arguments.isEmpty() ? "" : MapCalls.text(arguments.get(0));
        if (first.length() > 40) {
            first = "...";
        }
        return MapCalls.text(call.getTarget()) + "." + call.getExecutable().getSimpleName() + "(" + first
                + (arguments.size() > 1 ? ", ..." : "") + ")";
    }

    private static int line(CtElement e) {
        return e.getPosition().isValidPosition() ? e.getPosition().getLine() : 0;
    }
}
