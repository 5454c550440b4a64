package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import java.util.List;
import java.util.regex.Matcher;
import spoon.reflect.code.CtExecutableReferenceExpression;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLambda;
import spoon.reflect.code.CtThisAccess;
import spoon.reflect.code.CtTypeAccess;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;
import spoon.reflect.reference.CtExecutableReference;
import spoon.reflect.reference.CtFieldReference;
import spoon.reflect.reference.CtVariableReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * RECURSIVE_COMPUTE: the function passed to {@code computeIfAbsent}, {@code compute},
 * {@code computeIfPresent} or {@code merge} changes the same map, either itself or through a
 * method of the same class it calls (one level deep, also as a method reference) that writes the
 * same map field. The memoized recursive function
 * {@code memo.computeIfAbsent(n, k -> fib(k - 1) + fib(k - 2))} is the classic case. The finding
 * sits on the compute call.
 *
 * <p>Severity is {@link Severity#ERROR}: {@code ConcurrentHashMap} holds a bin lock while the
 * function runs, so a nested update can deadlock (or livelock during a resize) or throw
 * {@code IllegalStateException("Recursive update")}; {@code HashMap} and {@code TreeMap} throw
 * {@code ConcurrentModificationException} (Java 9+) when the function adds or removes keys.
 *
 * <p>Not flagged: reads of the map inside the function, writes to a different map, writes made
 * after the call ({@code m.computeIfAbsent(k, x -> new ArrayList<>()).add(v)}), and, for
 * non-concurrent maps, {@code replace}/{@code replaceAll} (they do not bump the modification
 * count). Calls deeper than one method, and methods of other classes, are not followed.
 */
public final class RecursiveComputeRule implements Rule {

    /** The rule id. */
    public static final String ID = "RECURSIVE_COMPUTE";

    private static final RuleInfo INFO = new RuleInfo(ID,
            "computeIfAbsent/compute function modifies the same map",
            Severity.ERROR,
            "The mapping function of computeIfAbsent, compute, computeIfPresent or merge must not update the "
                    + "same map. ConcurrentHashMap runs the function while holding a lock on the key's bin: a "
                    + "nested update can deadlock, livelock during a resize, or throw IllegalStateException "
                    + "(\"Recursive update\"); HashMap and TreeMap throw ConcurrentModificationException. Memoized "
                    + "recursion (memo.computeIfAbsent(n, k -> fib(k - 1) + fib(k - 2))) is the usual way in.",
            "Compute the value first, outside the map's function, then store it: V v = map.get(k); if (v == null) "
                    + "{ v = compute(k); V raced = map.putIfAbsent(k, v); if (raced != null) v = raced; }. For "
                    + "recursive memoization on a plain HashMap, use get/put under one lock, or a cache that "
                    + "supports recursive loads.");

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
        CtInvocation<?> compute = (CtInvocation<?>) element;
        boolean isCompute = MapCalls.is(compute, "computeIfAbsent", 2) || MapCalls.is(compute, "compute", 2)
                || MapCalls.is(compute, "computeIfPresent", 2) || MapCalls.is(compute, "merge", 3);
        CtVariableReference<?> map = MapCalls.mapVariable(compute);
        if (!isCompute || map == null) {
            return;
        }
        boolean concurrent = MapOrigins.isConcurrent(map);
        List<CtExpression<?>> arguments = compute.getArguments();
        CtExpression<?> function = arguments.get(arguments.size() - 1);
        if (function instanceof CtLambda<?> lambda) {
            CtInvocation<?> direct = writeIn(lambda, compute, concurrent);
            if (direct != null) {
                sink.report(compute, message(compute, concurrent, "itself calls "
                        + ModifyWhileIteratingRule.callText(direct) + " at line " + line(direct)), fix(compute, lambda),
                        List.of(new Related(direct, "the nested update of the same map")));
                return;
            }
            if (!(map instanceof CtFieldReference<?>)) {
                return;
            }
            for (CtInvocation<?> call : lambda.getElements(new TypeFilter<>(CtInvocation.class))) {
                if (isOwnMethodCall(call, compute)) {
                    CtInvocation<?> nested = writeInMethod(call.getExecutable(), compute, concurrent);
                    if (nested != null) {
                        sink.report(compute, message(compute, concurrent, String.format("calls %s(...), which "
                                        + "updates '%s' itself (%s at line %d)", call.getExecutable().getSimpleName(),
                                map.getSimpleName(), ModifyWhileIteratingRule.callText(nested), line(nested))),
                                fix(compute, lambda), List.of(new Related(call, "calls " + call.getExecutable().getSimpleName()
                                        + "(...) from the function"), new Related(nested, "the nested update of the same map")));
                        return;
                    }
                }
            }
        } else if (function instanceof CtExecutableReferenceExpression<?, ?> reference && map instanceof CtFieldReference<?>
                && (reference.getTarget() == null || isSelf(reference.getTarget()))) {
            CtInvocation<?> nested = writeInMethod(reference.getExecutable(), compute, concurrent);
            if (nested != null) {
                sink.report(compute, message(compute, concurrent, String.format("is %s, which updates '%s' itself "
                                + "(%s at line %d)", MapCalls.text(reference), map.getSimpleName(),
                        ModifyWhileIteratingRule.callText(nested), line(nested))), fix(compute, null),
                        List.of(new Related(nested, "the nested update of the same map")));
            }
        }
    }

    /** A call in {@code code} that changes the map {@code compute} works on. */
    private static CtInvocation<?> writeIn(CtElement code, CtInvocation<?> compute, boolean concurrent) {
        for (CtInvocation<?> call : code.getElements(new TypeFilter<>(CtInvocation.class))) {
            boolean changes = concurrent ? MapMutations.isWrite(call) : MapMutations.isStructural(call);
            if (changes && MapCalls.sameMap(compute, call)) {
                return call;
            }
        }
        return null;
    }

    private static CtInvocation<?> writeInMethod(CtExecutableReference<?> called, CtInvocation<?> compute,
                                                 boolean concurrent) {
        CtExecutable<?> declaration = called == null ? null : called.getDeclaration();
        CtType<?> owner = compute.getParent(CtType.class);
        if (!(declaration instanceof CtMethod<?> method) || method.getBody() == null || owner == null
                || method.getDeclaringType() != owner) {
            return null;
        }
        return writeIn(method.getBody(), compute, concurrent);
    }

    /** {@code fib(k)}, {@code this.fib(k)}, {@code Memo.fib(k)}: a method of the class making the compute call. */
    private static boolean isOwnMethodCall(CtInvocation<?> call, CtInvocation<?> compute) {
        return (call.getTarget() == null || isSelf(call.getTarget())) && call != compute;
    }

    private static boolean isSelf(CtExpression<?> target) {
        return target instanceof CtThisAccess<?> || target instanceof CtTypeAccess<?>;
    }

    private static String message(CtInvocation<?> compute, boolean concurrent, String how) {
        String map = MapCalls.text(compute.getTarget());
        String consequence = concurrent
                ? "on the concurrent map '" + map + "' the nested update runs while the function holds a lock on "
                        + "the key's bin, so it can deadlock or throw IllegalStateException(\"Recursive update\")"
                : "a HashMap or TreeMap throws ConcurrentModificationException when the function changes the map "
                        + "(Java 9+), and a ConcurrentHashMap can deadlock";
        return String.format("The function passed to %s %s: %s.", ModifyWhileIteratingRule.callText(compute), how,
                consequence);
    }

    private static String fix(CtInvocation<?> compute, CtLambda<?> lambda) {
        String map = MapCalls.text(compute.getTarget());
        String key = MapCalls.text(compute.getArguments().get(0));
        if (!"computeIfAbsent".equals(compute.getExecutable().getSimpleName())) {
            return String.format("Compute the new value outside the map's function, so the nested updates run with "
                    + "no lock of '%1$s' held: read the old value with %1$s.get(%2$s), compute the new one, then "
                    + "store it with %1$s.put(%2$s, value) under one lock, or with %1$s.replace(%2$s, old, value) / "
                    + "%1$s.putIfAbsent(%2$s, value) in a retry loop.", map, key);
        }
        String type = MapCalls.valueType(MapCalls.mapVariable(compute));
        String v = type.isEmpty() ? "var" : type;
        String value = valueOf(lambda, key);
        return String.format("Compute the value first, outside the map's function, then publish it with putIfAbsent: "
                        + "%1$s value = %2$s.get(%3$s); if (value == null) { value = %4$s; %5$s raced = "
                        + "%2$s.putIfAbsent(%3$s, value); if (raced != null) value = raced; } (the nested calls then "
                        + "run with no lock of '%2$s' held). For recursive memoization on a HashMap, use a plain get "
                        + "and put under one lock instead.",
                v, map, key, value, type.isEmpty() ? "var" : type);
    }

    /** The lambda's expression body with its parameter replaced by the key, or a placeholder. */
    private static String valueOf(CtLambda<?> lambda, String key) {
        if (lambda == null || lambda.getExpression() == null || lambda.getParameters().size() != 1) {
            return "/* what the function computes */ null";
        }
        String parameter = lambda.getParameters().get(0).getSimpleName();
        String replacement = key.matches("[\\w.]+") ? key : "(" + key + ")";
        return MapCalls.text(lambda.getExpression())
                .replaceAll("\\b" + parameter + "\\b", Matcher.quoteReplacement(replacement));
    }

    private static int line(CtElement e) {
        return e.getPosition().isValidPosition() ? e.getPosition().getLine() : 0;
    }
}
