package io.github.maprace.plugin.rules;

import java.util.List;
import java.util.Set;
import spoon.reflect.code.CtAbstractSwitch;
import spoon.reflect.code.CtBreak;
import spoon.reflect.code.CtCFlowBreak;
import spoon.reflect.code.CtContinue;
import spoon.reflect.code.CtDo;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFor;
import spoon.reflect.code.CtForEach;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLambda;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtLoop;
import spoon.reflect.code.CtReturn;
import spoon.reflect.code.CtStatement;
import spoon.reflect.code.CtStatementList;
import spoon.reflect.code.CtThrow;
import spoon.reflect.code.CtVariableAccess;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.code.CtWhile;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtParameter;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * The iteration over a map that encloses a piece of code: a for-each loop over one of its views,
 * a loop driven by a view's explicit {@code Iterator}, or the callback of {@code map.forEach},
 * {@code view.forEach} or {@code view.stream()....forEach}. Only lexical nesting counts; the walk
 * leaves a lambda only when it is a synchronous callback ({@code forEach}, {@code ifPresent}),
 * because other lambdas run later, after the loop.
 */
final class MapIterations {

    private static final Set<String> ITERATING_CALLS = Set.of("forEach", "forEachOrdered");
    private static final Set<String> SYNCHRONOUS_CALLBACKS = Set.of(
            "forEach", "forEachOrdered", "forEachRemaining", "ifPresent", "ifPresentOrElse");
    private static final Set<String> STREAMS = Set.of("stream", "parallelStream");
    /** Stream steps that keep the elements of the view unchanged (so a lambda parameter is still a key or entry). */
    private static final Set<String> FILTERS = Set.of("filter", "sorted", "distinct", "limit", "skip", "peek");

    /** How the map is iterated. */
    enum Shape { FOR_EACH, ITERATOR, CALLBACK }

    /**
     * One iteration.
     *
     * @param shape    how the map is iterated
     * @param code     the loop statement, or the callback lambda
     * @param view     the view iterated, or {@code null} for {@code map.forEach((k, v) -> ...)}
     * @param element  the loop variable or the callback's first parameter when it is the view's
     *                 element (a key, an entry or a value), else {@code null}
     * @param iterator the explicit iterator variable, else {@code null}
     * @param iterated how the source spells what is iterated ({@code cache.keySet()})
     */
    record Iteration(Shape shape, CtElement code, MapViews.View view, CtVariable<?> element,
                     CtVariable<?> iterator, String iterated) {

        /** True when the loop's current element is a key ({@code keySet}, or {@code map.forEach}'s first parameter). */
        boolean elementIsKey() {
            return view == null || view.ofKeys();
        }
    }

    private MapIterations() {
    }

    /** The innermost iteration over {@code map} that encloses {@code code}, or {@code null}. */
    static Iteration around(CtElement code, CtVariableAccess<?> map) {
        CtElement child = code;
        for (CtElement e = code.getParent(); e != null; child = e, e = e.getParent()) {
            if (e instanceof CtType<?>) {
                return null;
            }
            if (e instanceof CtLambda<?> lambda) {
                Iteration found = callback(lambda, map);
                if (found != null) {
                    return found;
                }
                if (!(lambda.getParent() instanceof CtInvocation<?> call)
                        || !SYNCHRONOUS_CALLBACKS.contains(call.getExecutable().getSimpleName())) {
                    return null;
                }
            } else if (e instanceof CtExecutable<?>) {
                return null;
            } else if (e instanceof CtLoop loop && loop.getBody() == child) {
                Iteration found = loop instanceof CtForEach each ? forEach(each, map) : iteratorLoop(loop, map);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * True when the statement holding {@code code} is, or is followed in its block by, a statement
     * that leaves the iteration ({@code break} out of the loop, {@code return}, {@code throw}), so
     * the iterator never takes another step after the change.
     */
    static boolean leavesRightAfter(CtElement code, Iteration iteration) {
        CtElement statement = code;
        while (statement.isParentInitialized() && !(statement.getParent() instanceof CtStatementList)) {
            if (statement == iteration.code()) {
                return false;
            }
            statement = statement.getParent();
        }
        if (!(statement instanceof CtStatement held) || !(statement.getParent() instanceof CtStatementList block)) {
            return false;
        }
        List<CtStatement> statements = block.getStatements();
        int at = indexOf(statements, held);
        for (int i = at; i >= 0 && i < statements.size(); i++) {
            CtStatement next = statements.get(i);
            if (next instanceof CtContinue) {
                return false;
            }
            if (next instanceof CtCFlowBreak) {
                return leaves(next, iteration);
            }
        }
        return false;
    }

    private static boolean leaves(CtStatement exit, Iteration iteration) {
        if (exit instanceof CtThrow) {
            return true;
        }
        if (exit instanceof CtReturn<?>) {
            // returning from a forEach callback only moves on to the next element
            return iteration.shape() != Shape.CALLBACK;
        }
        if (exit instanceof CtBreak leave && iteration.shape() != Shape.CALLBACK) {
            CtElement target = target(leave);
            return target != null && Locks.encloses(target, iteration.code());
        }
        return false;
    }

    /** The statement a {@code break} leaves: its label's statement, else the innermost loop or switch. */
    private static CtElement target(CtBreak leave) {
        String label = leave.getTargetLabel();
        for (CtElement e = leave.getParent(); e != null && !(e instanceof CtExecutable<?>); e = e.getParent()) {
            if (label != null ? e instanceof CtStatement s && label.equals(s.getLabel())
                    : e instanceof CtLoop || e instanceof CtAbstractSwitch<?>) {
                return e;
            }
        }
        return null;
    }

    private static Iteration forEach(CtForEach loop, CtVariableAccess<?> map) {
        CtExpression<?> iterated = loop.getExpression();
        MapViews.View view = MapViews.of(iterated);
        if (view == null && iterated instanceof CtVariableRead<?> read && read.getVariable() != null
                && read.getVariable().getDeclaration() instanceof CtLocalVariable<?> local) {
            // Set<K> keys = map.keySet(); for (K k : keys)
            view = MapViews.of(local.getDefaultExpression());
        }
        if (view == null || !MapCalls.sameExpression(view.map(), map)) {
            return null;
        }
        return new Iteration(Shape.FOR_EACH, loop, view, loop.getVariable(), null, MapCalls.text(view.call()));
    }

    /** {@code Iterator<K> it = map.keySet().iterator(); while (it.hasNext()) ...}, also as a {@code for} loop. */
    private static Iteration iteratorLoop(CtLoop loop, CtVariableAccess<?> map) {
        for (CtInvocation<?> call : loopCondition(loop)) {
            if (MapCalls.is(call, "hasNext", 0) && call.getTarget() instanceof CtVariableRead<?> read
                    && read.getVariable() != null
                    && read.getVariable().getDeclaration() instanceof CtLocalVariable<?> iterator
                    && iterator.getDefaultExpression() instanceof CtInvocation<?> create
                    && MapCalls.is(create, "iterator", 0)) {
                MapViews.View view = MapViews.of(create.getTarget());
                if (view != null && MapCalls.sameExpression(view.map(), map)) {
                    return new Iteration(Shape.ITERATOR, loop, view, null, iterator, MapCalls.text(view.call()));
                }
            }
        }
        return null;
    }

    private static List<CtInvocation<?>> loopCondition(CtLoop loop) {
        CtExpression<?> condition = loop instanceof CtWhile w ? w.getLoopingExpression()
                : loop instanceof CtFor f ? f.getExpression()
                : loop instanceof CtDo d ? d.getLoopingExpression() : null;
        return condition == null ? List.of() : condition.getElements(new TypeFilter<>(CtInvocation.class));
    }

    /** {@code map.forEach((k, v) -> ...)}, {@code map.keySet().forEach(k -> ...)}, {@code view.stream()...forEach(...)}. */
    private static Iteration callback(CtLambda<?> lambda, CtVariableAccess<?> map) {
        if (!(lambda.getParent() instanceof CtInvocation<?> call) || call.getArguments().size() != 1
                || !ITERATING_CALLS.contains(call.getExecutable().getSimpleName())) {
            return null;
        }
        List<CtParameter<?>> parameters = lambda.getParameters();
        CtVariable<?> first = parameters.isEmpty() ? null : parameters.get(0);
        String shown = MapCalls.text(call.getTarget()) + "." + call.getExecutable().getSimpleName() + "(...)";
        if (call.getTarget() instanceof CtVariableAccess<?> target && parameters.size() == 2
                && MapCalls.sameExpression(target, map)) {
            return new Iteration(Shape.CALLBACK, lambda, null, first, null, shown);
        }
        CtExpression<?> source = call.getTarget();
        boolean sameElements = true;
        while (source instanceof CtInvocation<?> step && !STREAMS.contains(step.getExecutable().getSimpleName())
                && MapViews.of(step) == null) {
            sameElements &= FILTERS.contains(step.getExecutable().getSimpleName());
            source = step.getTarget();
        }
        if (source instanceof CtInvocation<?> stream && STREAMS.contains(stream.getExecutable().getSimpleName())) {
            source = stream.getTarget();
        }
        MapViews.View view = MapViews.of(source);
        if (view == null || !MapCalls.sameExpression(view.map(), map)) {
            return null;
        }
        return new Iteration(Shape.CALLBACK, lambda, view, sameElements ? first : null, null, shown);
    }

    private static int indexOf(List<CtStatement> statements, CtStatement wanted) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) == wanted) {
                return i;
            }
        }
        return -1;
    }
}
