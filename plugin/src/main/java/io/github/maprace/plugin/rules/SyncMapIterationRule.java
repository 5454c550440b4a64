package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import java.util.List;
import java.util.Set;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtConstructorCall;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldWrite;
import spoon.reflect.code.CtForEach;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtStatement;
import spoon.reflect.code.CtStatementList;
import spoon.reflect.code.CtTypeAccess;
import spoon.reflect.code.CtVariableAccess;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.cu.SourcePosition;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.reference.CtVariableReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * SYNC_MAP_ITERATION: a traversal of a {@code Collections.synchronizedMap} (or
 * {@code synchronizedSortedMap}/{@code synchronizedNavigableMap}) outside
 * {@code synchronized (thatMap)}: a for-each over one of its views, the view's
 * {@code iterator()}, {@code spliterator()} or {@code stream()}, a copy made by iterating
 * ({@code new HashSet<>(m.keySet())}, {@code new HashMap<>(m)}, {@code other.putAll(m)},
 * {@code Set.copyOf(m.values())}, {@code String.join(",", m.keySet())}), also through a local or a
 * field that holds the view ({@code this.vals = m.values();}). The finding sits on the view call (or the map, for a copy of the whole map).
 *
 * <p>Severity is {@link Severity#ERROR}: the wrapper's Javadoc makes the lock mandatory; a
 * concurrent put during the traversal throws {@code ConcurrentModificationException} or reads a
 * table being resized.
 *
 * <p>Not flagged: traversals inside {@code synchronized (map)}; calls the wrapper locks itself:
 * {@code map.forEach}, {@code removeIf}, {@code replaceAll}, the views' {@code forEach},
 * {@code removeIf}, {@code toArray}, and copies made through {@code toArray()}
 * ({@code new ArrayList<>(m.values())}, {@code List.copyOf(view)}, {@code Map.copyOf(m)}: in the
 * JDK these call the view's synchronized {@code toArray}); {@code Hashtable} (its own rule one day);
 * a local wrapper that never leaves its method. A lock on anything other than the map
 * ({@code synchronized (this)}, a synchronized method, a {@code Lock}) is still flagged.
 */
public final class SyncMapIterationRule implements Rule {

    /** The rule id, shared with the dynamic pass. */
    public static final String ID = "SYNC_MAP_ITERATION";

    private static final RuleInfo INFO = new RuleInfo(ID,
            "Synchronized map iterated without holding its lock",
            Severity.ERROR,
            "Collections.synchronizedMap locks each of its own methods, but iterating its keySet, values or "
                    + "entrySet (for-each, iterator(), stream(), or a copy such as new HashSet<>(map.keySet()) or "
                    + "new HashMap<>(map)) is a series of calls on the view's iterator with no lock held: a "
                    + "concurrent write causes ConcurrentModificationException or a wrong result. The Javadoc of "
                    + "synchronizedMap requires synchronized (map) around the traversal.",
            "Wrap the whole traversal in synchronized (map) { ... } (the map itself, not this or another lock), "
                    + "use map.forEach(...), which the wrapper locks, or switch to a ConcurrentHashMap whose "
                    + "iterators are safe to use concurrently.");

    private static final Set<String> ITERATING_VIEW_CALLS = Set.of("iterator", "spliterator", "stream", "parallelStream");
    /** Collections whose copy constructor iterates its argument (ArrayList, LinkedList, Vector use toArray). */
    private static final Set<String> ITERATING_COPIES = Set.of(
            "HashSet", "LinkedHashSet", "TreeSet", "PriorityQueue", "ConcurrentSkipListSet");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<? extends CtElement> target() {
        return CtVariableRead.class;
    }

    @Override
    public void inspect(CtElement element, FindingSink sink) {
        CtVariableRead<?> read = (CtVariableRead<?>) element;
        CtVariableReference<?> map = read.getVariable();
        if (map == null || !read.isParentInitialized()) {
            return;
        }
        CtElement parent = read.getParent();
        MapViews.View view = parent instanceof CtExpression<?> call ? MapViews.of(call) : null;
        if (view != null && view.map() == read) {
            traversalsOfView(view, sink);
        } else if (copiesWholeMap(read)) {
            report(read, map, "copying " + MapCalls.text((CtExpression<?>) parent), (CtExpression<?>) parent, List.of(), sink);
        }
    }

    private void traversalsOfView(MapViews.View view, FindingSink sink) {
        CtVariableReference<?> map = view.map().getVariable();
        String traversal = traversal(view.call());
        if (traversal != null) {
            report(view.call(), map, traversal, view.call(), List.of(), sink);
            return;
        }
        // Set<K> keys = map.keySet(); for (K k : keys) ...  or  this.keys = map.keySet(); ... for (K k : keys)
        CtVariable<?> holder = holderOf(view.call());
        CtElement scope = holder instanceof CtField<?> field ? field.getDeclaringType().getTopLevelType()
                : holder == null ? null : holder.getParent(CtExecutable.class);
        if (scope == null || holder instanceof CtField<?> field && !onlyHoldsViews(field, scope)) {
            return;
        }
        for (CtVariableRead<?> use : scope.getElements(new TypeFilter<CtVariableRead<?>>(CtVariableRead.class))) {
            if (use.getVariable() != null && use.getVariable().getDeclaration() == holder) {
                String through = traversal(use);
                if (through != null) {
                    report(use, map, through + " (the view " + MapCalls.text(view.call()) + ")", use,
                            List.of(new Related(view.call(), "the view is taken here and kept in '"
                                    + holder.getSimpleName() + "'")), sink);
                }
            }
        }
    }

    /** The local or field that {@code viewCall} is stored in, by its declaration or an assignment, or {@code null}. */
    private static CtVariable<?> holderOf(CtInvocation<?> viewCall) {
        CtElement parent = viewCall.getParent();
        if (parent instanceof CtLocalVariable<?> local && local.getDefaultExpression() == viewCall
                || parent instanceof CtField<?> field && field.getDefaultExpression() == viewCall) {
            return (CtVariable<?>) parent;
        }
        if (parent instanceof CtAssignment<?, ?> assignment && assignment.getAssignment() == viewCall
                && assignment.getAssigned() instanceof CtFieldWrite<?> write && write.getVariable() != null) {
            return write.getVariable().getDeclaration();
        }
        return null;
    }

    /** True when every value the field is given is a view of a map: then reading it is reading a view. */
    private static boolean onlyHoldsViews(CtField<?> field, CtElement scope) {
        if (field.getDefaultExpression() != null && MapViews.of(field.getDefaultExpression()) == null) {
            return false;
        }
        return Assignments.to(field, scope).stream().allMatch(assignment -> MapViews.of(assignment.getAssignment()) != null);
    }

    /** How {@code viewValue} (a view call, or a local holding one) is traversed, or {@code null}. */
    private static String traversal(CtExpression<?> viewValue) {
        CtElement parent = viewValue.getParent();
        String shown = MapCalls.text(viewValue);
        if (parent instanceof CtForEach loop && loop.getExpression() == viewValue) {
            return "the for-each loop over " + shown;
        }
        if (parent instanceof CtInvocation<?> call && call.getTarget() == viewValue
                && ITERATING_VIEW_CALLS.contains(call.getExecutable().getSimpleName())) {
            return shown + "." + call.getExecutable().getSimpleName() + "()";
        }
        if (parent instanceof CtConstructorCall<?> copy && copy.getArguments().contains(viewValue)
                && ITERATING_COPIES.contains(simpleName(copy.getType()))) {
            return "new " + simpleName(copy.getType()) + "<>(" + shown + "), which iterates the view,";
        }
        if (parent instanceof CtInvocation<?> call && call.getArguments().contains(viewValue) && iteratesArgument(call)) {
            return MapCalls.text(call.getTarget()) + "." + call.getExecutable().getSimpleName() + "(..." + shown
                    + "...), which iterates the view,";
        }
        return null;
    }

    /** {@code Set.copyOf(view)}, {@code String.join(sep, view)}, {@code Collections.max(view)}, {@code set.addAll(view)}. */
    private static boolean iteratesArgument(CtInvocation<?> call) {
        String name = call.getExecutable().getSimpleName();
        String owner = call.getTarget() instanceof CtTypeAccess<?> type ? simpleName(type.getAccessedType()) : null;
        if (owner != null) {
            return "Set".equals(owner) && "copyOf".equals(name) || "String".equals(owner) && "join".equals(name)
                    || "Collections".equals(owner) && Set.of("max", "min", "frequency", "disjoint").contains(name);
        }
        return "addAll".equals(name) && call.getTarget() instanceof CtVariableAccess<?> target
                && target.getVariable() != null && simpleName(target.getVariable().getType()).endsWith("Set");
    }

    /** {@code new HashMap<>(map)}, {@code new TreeMap<>(map)}, {@code other.putAll(map)}: all walk map.entrySet(). */
    private static boolean copiesWholeMap(CtVariableRead<?> read) {
        CtElement parent = read.getParent();
        if (parent instanceof CtConstructorCall<?> copy && copy.getArguments().size() == 1
                && copy.getArguments().get(0) == read) {
            return simpleName(copy.getType()).endsWith("Map");
        }
        return parent instanceof CtInvocation<?> call && MapCalls.is(call, "putAll", 1) && call.getArguments().get(0) == read
                && !(call.getTarget() instanceof CtVariableAccess<?> target && MapCalls.sameExpression(target, read));
    }

    private void report(CtElement site, CtVariableReference<?> map, String traversal, CtExpression<?> shown,
                        List<Related> related, FindingSink sink) {
        if (Locks.heldOnMap(site, site, map) || !MapOrigins.isSynchronizedWrapper(map)
                || !MapOrigins.escapes(map)) {
            return;
        }
        String name = map.getSimpleName();
        String otherLock = Locks.heldAny(site, site)
                ? String.format(" The lock this code holds is not the one that matters: the wrapper's methods lock "
                + "the map object '%s' itself, so only synchronized (%s) excludes the writers.", name, name)
                : "";
        String message = String.format("This code traverses the synchronized map '%2$s' without holding its lock (%1$s): "
                        + "Collections.synchronizedMap locks each call, not a traversal of its views, so a put or "
                        + "remove by another thread meanwhile throws ConcurrentModificationException or reads a "
                        + "half-updated table.%3$s",
                traversal.replace(", which iterates the view,", ", which iterates the view"), name, otherLock);
        String fix = String.format("Hold the map's own lock for the whole traversal: synchronized (%s) { %s }. "
                        + "Or use %s.forEach((k, v) -> ...), which the wrapper locks, copy with "
                        + "new ArrayList<>(%s.values()) (made through the view's locked toArray()), or make '%s' a "
                        + "ConcurrentHashMap.",
                name, statementText(site), name, name, name);
        sink.report(site, message, fix, related);
    }

    /** The statement holding the traversal, abbreviated for a fix. */
    private static String statementText(CtElement site) {
        CtStatement statement = site instanceof CtStatement s ? s : site.getParent(CtStatement.class);
        while (statement != null && statement.getParent() instanceof CtStatement outer
                && !(outer instanceof CtStatementList)) {
            statement = outer;
        }
        String text = source(statement);
        if (text == null) {
            return "...";
        }
        if (statement instanceof CtForEach loop) {
            String header = text.contains("{") ? text.substring(0, text.indexOf('{')).trim() : text;
            return header + " { ... }";
        }
        text = text.replaceAll("\\s+", " ");
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    private static String source(CtElement element) {
        if (element == null) {
            return null;
        }
        SourcePosition position = element.getPosition();
        if (!position.isValidPosition() || position.getCompilationUnit() == null) {
            return null;
        }
        String source = position.getCompilationUnit().getOriginalSourceCode();
        int start = position.getSourceStart();
        int end = position.getSourceEnd() + 1;
        return source != null && start >= 0 && end <= source.length() && start < end ? source.substring(start, end) : null;
    }

    private static String simpleName(CtTypeReference<?> type) {
        return type == null ? "" : type.getSimpleName();
    }
}
