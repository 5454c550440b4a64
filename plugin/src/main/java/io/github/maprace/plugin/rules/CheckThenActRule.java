package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import java.util.List;
import java.util.regex.Pattern;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtBlock;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtIf;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtLoop;
import spoon.reflect.code.CtStatementList;
import spoon.reflect.code.CtVariableAccess;
import spoon.reflect.code.CtVariableWrite;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.reference.CtLocalVariableReference;
import spoon.reflect.reference.CtVariableReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * CHECK_THEN_ACT: {@code containsKey(k)} or {@code get(k)} decides whether to {@code put(k, …)},
 * {@code remove(k)} or {@code putIfAbsent(k, …)} on the same concurrent or synchronized map.
 *
 * <p>Each call is atomic, the pair is not: another thread can add or remove the key in between,
 * and one of the two updates is lost. The finding sits on the act, the call the fix replaces
 * ({@code putIfAbsent}, {@code computeIfAbsent}, {@code remove(k, v)}), with the check as its
 * related line.
 *
 * <p>Severity is {@link Severity#WARNING}: the race is certain once the map is shared (that is why
 * it is a concurrent map), but its cost ranges from creating a cached value twice to losing data,
 * and only the author knows which. Plain maps are left to SHARED_UNSAFE_MAP.
 *
 * <p>Not flagged for a local map that never leaves its method (not passed on, returned, stored or
 * captured by a lambda): no other thread can see it, whatever its type.
 *
 * <p>Not flagged when the code visibly holds a lock over both calls: for a synchronized wrapper or
 * {@code Hashtable}, only {@code synchronized (map)} on that same map counts, because that is the
 * lock the map's own methods take; for a {@code java.util.concurrent} map, any enclosing
 * {@code synchronized} block, synchronized method, or {@code lock(); try { … } finally
 * { unlock(); }} counts, on the assumption that the author guards the map with that lock
 * everywhere (INCONSISTENT_LOCKING checks that assumption).
 */
public final class CheckThenActRule implements Rule {

    /** The rule id. */
    public static final String ID = "CHECK_THEN_ACT";

    private static final RuleInfo INFO = new RuleInfo(ID,
            "Check-then-act on a concurrent or synchronized map",
            Severity.WARNING,
            "A containsKey(k) or get(k) check followed by put(k, v), remove(k) or putIfAbsent(k, v) on "
                    + "the same map is two atomic calls, not one: another thread can add or remove the key "
                    + "between the check and the act, so a value is created twice, an update is lost, or a "
                    + "removal is undone. A ConcurrentHashMap or Collections.synchronizedMap does not make the "
                    + "sequence atomic.",
            "Replace the pair with one atomic call: computeIfAbsent(k, key -> create(key)) or "
                    + "putIfAbsent(k, v) to add when absent, computeIfPresent/replace(k, v) to update when "
                    + "present, compute(k, (key, old) -> ...) for both, remove(k) unconditionally (its result "
                    + "says whether the key was there) or remove(k, expected). For a synchronized wrapper, "
                    + "holding synchronized (map) around both calls also works.");

    private static final String[] LAMBDA_PARAMETERS = {"k", "key", "id"};

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
        CtInvocation<?> check = (CtInvocation<?>) element;
        if (!MapCalls.is(check, "containsKey", 1) && !MapCalls.is(check, "get", 1)) {
            return;
        }
        CtVariableReference<?> map = MapCalls.mapVariable(check);
        if (map == null) {
            return;
        }
        CheckGuard guard = CheckGuard.of(check);
        if (guard == null) {
            return;
        }
        for (CheckGuard.Scope scope : guard.scopes()) {
            CtInvocation<?> act = findAct(scope.code(), check);
            if (act != null) {
                if (recheckedByTheAct(act, scope) || anEarlierCheckDecides(check, act)) {
                    return;
                }
                // classification walks declarations and assignments: only pay for it on a match
                MapKind kind = ThreadSafeMaps.classify(map);
                // the check is half of the defect: a suppression around it (its local) counts too
                if (kind.isThreadSafe() && !locked(kind, check, act, map) && !Suppressions.isSuppressed(check, ID)
                        && MapOrigins.escapes(map)) {
                    sink.report(act, message(check, act, kind), fix(check, act, kind, scope.presence()),
                            List.of(new Related(check, "the check: " + MapCalls.text(check))));
                }
                return;
            }
        }
    }

    private static CtInvocation<?> findAct(CtElement code, CtInvocation<?> check) {
        for (CtInvocation<?> call : code.getElements(new TypeFilter<>(CtInvocation.class))) {
            boolean isAct = MapCalls.is(call, "put", 2) || MapCalls.is(call, "remove", 1)
                    || MapCalls.is(call, "putIfAbsent", 2);
            if (isAct && MapCalls.sameMap(check, call) && MapCalls.sameKey(check, call)) {
                return call;
            }
        }
        return null;
    }

    /**
     * True when an earlier {@code containsKey}/{@code get} of the same key in the same method
     * decides the same act ({@code if (m.get(k) == null && !m.containsKey(k)) m.put(k, v);}): one
     * act, one defect, reported once, for the first check.
     */
    private static boolean anEarlierCheckDecides(CtInvocation<?> check, CtInvocation<?> act) {
        CtExecutable<?> body = check.getParent(CtExecutable.class);
        if (body == null) {
            return false;
        }
        for (CtInvocation<?> other : body.getElements(new TypeFilter<>(CtInvocation.class))) {
            if (other == check) {
                return false; // elements come in source order: only earlier calls count
            }
            boolean isCheck = MapCalls.is(other, "containsKey", 1) || MapCalls.is(other, "get", 1);
            if (isCheck && MapCalls.sameMap(other, check) && MapCalls.sameKey(other, check)) {
                CheckGuard guard = CheckGuard.of(other);
                if (guard != null && guard.scopes().stream().anyMatch(scope -> findAct(scope.code(), other) == act)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the act makes the check redundant rather than racy, so that no interleaving loses
     * anything:
     * <ul>
     * <li>{@code putIfAbsent} whose result is used ({@code v = m.get(k); if (v == null) { v =
     *     m.putIfAbsent(k, created); ... }}): the act checks again atomically and the code takes the
     *     winner's value. The get is a lock-free fast path, the idiom of Guava, Netty and Caffeine.
     *     A putIfAbsent whose result is dropped is still flagged: the code goes on with its own
     *     value, which may have lost the race.</li>
     * <li>{@code if (m.containsKey(k)) m.remove(k);} with nothing else depending on the check: it
     *     behaves exactly like a bare {@code m.remove(k)} in every interleaving.</li>
     * </ul>
     */
    private static boolean recheckedByTheAct(CtInvocation<?> act, CheckGuard.Scope scope) {
        String name = act.getExecutable().getSimpleName();
        if ("putIfAbsent".equals(name)) {
            return resultUsed(act);
        }
        if ("remove".equals(name) && scope.presence() == Presence.PRESENT && !resultUsed(act)) {
            CtElement code = scope.code();
            return code == act || code instanceof CtBlock<?> block && block.getStatements().size() == 1
                    && block.getStatements().get(0) == act;
        }
        return false;
    }

    /** False when the call is a statement of its own, its value dropped. */
    private static boolean resultUsed(CtInvocation<?> call) {
        CtElement parent = call.isParentInitialized() ? call.getParent() : null;
        if (parent instanceof CtStatementList) {
            return false;
        }
        if (parent instanceof CtIf decision) {
            return decision.getCondition() == call;
        }
        if (parent instanceof CtLoop loop) {
            return loop.getBody() != call;
        }
        return parent != null;
    }

    private static boolean locked(MapKind kind, CtInvocation<?> check, CtInvocation<?> act, CtVariableReference<?> map) {
        return kind == MapKind.SELF_LOCKED ? Locks.heldOnMap(check, act, map) : Locks.heldAny(check, act);
    }

    private static String message(CtInvocation<?> check, CtInvocation<?> act, MapKind kind) {
        String map = MapCalls.text(check.getTarget());
        String key = MapCalls.text(check.getArguments().get(0));
        String actCall = act.getExecutable().getSimpleName() + (act.getArguments().size() > 1 ? "(" + key + ", ...)" : "(" + key + ")");
        String what = kind == MapKind.CONCURRENT ? "concurrent map" : "synchronized map";
        // the wording predates the act being the location; kept so that baselines keep matching
        return String.format("%s.%s(%s) is checked, then %s.%s acts on its answer at line %d: on the %s '%s' "
                        + "another thread can put or remove the key '%s' between the check and the act, so an "
                        + "update is lost. Each call is atomic, the pair is not.",
                map, check.getExecutable().getSimpleName(), key, map, actCall, line(act), what, map, key);
    }

    private static String fix(CtInvocation<?> check, CtInvocation<?> act, MapKind kind, Presence presence) {
        String map = MapCalls.text(check.getTarget());
        String key = MapCalls.text(check.getArguments().get(0));
        String value = act.getArguments().size() > 1 ? valueText(act) : "";
        String k = lambdaParameter(key, value);
        String replacement = switch (act.getExecutable().getSimpleName()) {
            case "remove" -> String.format("Call %s.remove(%s) unconditionally and use its result (null when the "
                    + "key was absent), or %s.remove(%s, expectedValue) to remove only the value you checked.",
                    map, key, map, key);
            case "putIfAbsent" -> String.format("Drop the check and use what putIfAbsent returns (the value already "
                    + "there, or null if yours went in), or write %s.computeIfAbsent(%s, %s -> %s).",
                    map, key, k, value);
            default -> switch (presence) {
                case ABSENT -> String.format("Use %s.computeIfAbsent(%s, %s -> %s), or %s.putIfAbsent(%s, %s) "
                        + "if the value is cheap to create and you use the value it returns.",
                        map, key, k, value, map, key, value);
                case PRESENT -> String.format("Use %s.replace(%s, %s), or %s.computeIfPresent(%s, (%s, old) -> %s).",
                        map, key, value, map, key, k, value);
                case UNKNOWN -> String.format("Use one atomic call: %s.computeIfAbsent(%s, %s -> %s), "
                        + "%s.compute(%s, (%s, old) -> ...) or %s.merge(...).", map, key, k, value, map, key, k, map);
            };
        };
        if (kind == MapKind.SELF_LOCKED) {
            replacement += String.format(" Or hold synchronized (%s) { ... } around both calls.", map);
        }
        return replacement;
    }

    /**
     * The text of the value being put. For {@code v = create(); m.put(k, v);} that is
     * {@code create()}, the last assignment to the local before the put, so the suggested
     * {@code computeIfAbsent} lambda does the real work instead of returning a stale local.
     */
    private static String valueText(CtInvocation<?> act) {
        CtExpression<?> value = act.getArguments().get(1);
        if (!(value instanceof CtVariableAccess<?> access)
                || !(access.getVariable() instanceof CtLocalVariableReference<?> local)) {
            return MapCalls.text(value);
        }
        CtExecutable<?> body = act.getParent(CtExecutable.class);
        CtExpression<?> last = null;
        if (body != null) {
            for (CtElement e : body.getElements(new TypeFilter<>(CtElement.class))) {
                if (e == act) {
                    break;
                }
                if (e instanceof CtLocalVariable<?> declaration && declaration.getSimpleName().equals(local.getSimpleName())
                        && declaration.getDefaultExpression() != null) {
                    last = declaration.getDefaultExpression();
                } else if (e instanceof CtAssignment<?, ?> assignment
                        && assignment.getAssigned() instanceof CtVariableWrite<?> write
                        && write.getVariable().getSimpleName().equals(local.getSimpleName())) {
                    last = assignment.getAssignment();
                }
            }
        }
        boolean isLookup = last instanceof CtInvocation<?> call && MapCalls.is(call, "get", 1);
        return last == null || isLookup ? MapCalls.text(value) : MapCalls.text(last);
    }

    private static String lambdaParameter(String key, String value) {
        // a lambda parameter may not shadow a local, so avoid names the key or value already use
        for (String candidate : LAMBDA_PARAMETERS) {
            if (!key.equals(candidate) && !Pattern.compile("\\b" + candidate + "\\b").matcher(value).find()) {
                return candidate;
            }
        }
        return "unused";
    }

    private static int line(CtElement e) {
        return e.getPosition().isValidPosition() ? e.getPosition().getLine() : 0;
    }
}
