package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import java.util.List;
import spoon.reflect.code.BinaryOperatorKind;
import spoon.reflect.code.CtBinaryOperator;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.reference.CtLocalVariableReference;
import spoon.reflect.reference.CtVariableReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * NON_ATOMIC_UPDATE: {@code m.put(k, m.get(k) + 1)}, or {@code V old = m.get(k); m.put(k, f(old));},
 * on a concurrent or synchronized map: a read-modify-write spread over two calls.
 *
 * <p>Severity is {@link Severity#ERROR}: unlike a duplicated cache load, two threads updating the
 * same entry this way lose one of the updates every time they interleave (counters undercount).
 * The finding sits on the {@code put}. A read whose result decides an {@code if} around the put is
 * CHECK_THEN_ACT's finding, not this rule's, so the same bug is reported once. The same lock
 * exemptions as CHECK_THEN_ACT apply, and as there a local map that never leaves its method is
 * left alone.
 */
public final class NonAtomicUpdateRule implements Rule {

    /** The rule id. */
    public static final String ID = "NON_ATOMIC_UPDATE";

    private static final RuleInfo INFO = new RuleInfo(ID,
            "Read-modify-write of a map entry in two calls",
            Severity.ERROR,
            "m.put(k, m.get(k) + 1) on a ConcurrentHashMap or synchronized map reads the entry in one atomic "
                    + "call and writes it in another: two threads can read the same old value, and one of the two "
                    + "updates is lost.",
            "Do the update in one atomic call: merge(k, 1, Integer::sum) for counters and sums, "
                    + "compute(k, (key, old) -> ...) for anything else, or a ConcurrentHashMap<K, LongAdder> "
                    + "updated with computeIfAbsent(k, key -> new LongAdder()).increment().");

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
        CtInvocation<?> put = (CtInvocation<?>) element;
        CtVariableReference<?> map = MapCalls.mapVariable(put);
        if (map == null || !MapCalls.is(put, "put", 2)) {
            return;
        }
        CtExpression<?> value = put.getArguments().get(1);
        CtInvocation<?> read = readIn(value, put);
        if (read == null) {
            return;
        }
        MapKind kind = ThreadSafeMaps.classify(map);
        boolean locked = kind == MapKind.SELF_LOCKED ? Locks.heldOnMap(read, put, map) : Locks.heldAny(read, put);
        if (!kind.isThreadSafe() || locked || !MapOrigins.escapes(map)) {
            return;
        }
        String mapText = MapCalls.text(put.getTarget());
        String key = MapCalls.text(put.getArguments().get(0));
        sink.report(put,
                String.format("%s.put(%s, ...) writes a value computed from %s.%s(%s): on the %s '%s' another "
                                + "thread can update the key '%s' between the read and the write, and one update "
                                + "is lost.", mapText, key, mapText, read.getExecutable().getSimpleName(), key,
                        kind == MapKind.CONCURRENT ? "concurrent map" : "synchronized map", mapText, key),
                fix(mapText, key, value, read, MapCalls.valueType(map)),
                List.of(new Related(read, "the read: " + MapCalls.text(read))));
    }

    /** The {@code get}/{@code getOrDefault} of the same entry the put's value is computed from. */
    private static CtInvocation<?> readIn(CtExpression<?> value, CtInvocation<?> put) {
        for (CtInvocation<?> call : value.getElements(new TypeFilter<>(CtInvocation.class))) {
            if (isRead(call, put)) {
                return call;
            }
        }
        for (CtVariableRead<?> use : value.getElements(new TypeFilter<>(CtVariableRead.class))) {
            if (use.getVariable() instanceof CtLocalVariableReference<?> local) {
                CtVariable<?> declaration = local.getDeclaration();
                if (declaration instanceof CtLocalVariable<?> variable
                        && variable.getDefaultExpression() instanceof CtInvocation<?> call
                        && isRead(call, put) && !decidesAnIf(call, put)) {
                    return call;
                }
            }
        }
        return null;
    }

    private static boolean isRead(CtInvocation<?> call, CtInvocation<?> put) {
        return (MapCalls.is(call, "get", 1) || MapCalls.is(call, "getOrDefault", 2))
                && MapCalls.sameMap(call, put) && MapCalls.sameKey(call, put);
    }

    private static boolean decidesAnIf(CtInvocation<?> read, CtInvocation<?> put) {
        CheckGuard guard = CheckGuard.of(read);
        return guard != null && guard.scopes().stream().anyMatch(scope -> Locks.encloses(scope.code(), put));
    }

    private static String fix(String map, String key, CtExpression<?> value, CtInvocation<?> read, String valueType) {
        if (value instanceof CtBinaryOperator<?> sum && sum.getKind() == BinaryOperatorKind.PLUS) {
            CtExpression<?> left = sum.getLeftHandOperand();
            CtExpression<?> right = sum.getRightHandOperand();
            CtExpression<?> delta = dependsOn(left, read) ? right : dependsOn(right, read) ? left : null;
            if (delta != null && !dependsOn(delta, read)) {
                return String.format("Use %s.merge(%s, %s, %s).", map, key, MapCalls.text(delta), adder(valueType, delta));
            }
        }
        String k = "k".equals(key) ? "key" : "k";
        return String.format("Use %s.compute(%s, (%s, old) -> ...) and compute the new value from old inside the "
                + "function.", map, key, k);
    }

    /** The sum function for the map's value type, else for the literal being added. */
    private static String adder(String valueType, CtExpression<?> delta) {
        Object constant = delta instanceof CtLiteral<?> literal ? literal.getValue() : null;
        if (valueType.equals("Long") || valueType.isEmpty() && constant instanceof Long) {
            return "Long::sum";
        }
        if (valueType.equals("Double") || valueType.isEmpty() && constant instanceof Double) {
            return "Double::sum";
        }
        return "Integer::sum";
    }

    /** True when {@code expression} contains {@code read} or reads a local initialized by it. */
    private static boolean dependsOn(CtExpression<?> expression, CtInvocation<?> read) {
        for (CtElement e : expression.getElements(new TypeFilter<>(CtElement.class))) {
            if (e == read) {
                return true;
            }
            if (e instanceof CtVariableRead<?> use && use.getVariable() instanceof CtLocalVariableReference<?> local
                    && local.getDeclaration() != null
                    && local.getDeclaration().getDefaultExpression() == read) {
                return true;
            }
        }
        return false;
    }
}
