package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import java.util.List;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtFieldWrite;
import spoon.reflect.code.CtIf;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtSynchronized;
import spoon.reflect.code.CtTry;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.ModifierKind;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * LAZY_INIT_RACE: lazy creation of a map field that two threads can run at once.
 *
 * <ul>
 *   <li>{@code if (map == null) map = new HashMap<>();} (or {@code if (map != null) return map;
 *       map = load();}, see {@link NullChecks}) with no lock held, in a class with
 *       evidence of threads ({@link ThreadEvidence}) or on a static field: two threads can both see
 *       null, each create a map, and the entries put into the losing one vanish; without volatile
 *       a reader may also see the map before it is filled. {@link Severity#WARNING}.</li>
 *   <li>Broken double-checked locking: {@code if (map == null) { synchronized (..) { if (map ==
 *       null) map = ...; } }} (or a {@code lock()} span instead of {@code synchronized}) on a field
 *       that is not volatile: the unlocked outer check can see the new map before its contents.
 *       {@link Severity#ERROR}, with or without other thread evidence: the lock is the evidence.</li>
 * </ul>
 *
 * <p>Not flagged: lazy init under a lock without an outer unlocked check, in a synchronized
 * method, or in a private helper only called under a lock; volatile fields with double-checked
 * locking; an unlocked single check that assigns an immutable map (both threads build equal maps
 * and final-field semantics publish them safely); assignments during construction.
 */
public final class LazyInitRaceRule implements Rule {

    /** The rule id. */
    public static final String ID = "LAZY_INIT_RACE";

    private static final RuleInfo INFO = new RuleInfo(ID,
            "Unsafe lazy initialization of a map field",
            Severity.WARNING,
            "if (map == null) map = new HashMap<>() without a lock lets two threads both see null, create two "
                    + "maps and lose the entries put into one of them; without volatile a reader may also see a "
                    + "map that is not filled yet. Double-checked locking on a field that is not volatile is "
                    + "broken: the unlocked first check can see the new map before its constructor and puts "
                    + "have finished (an error).",
            "Initialize eagerly (private static final Map<K, V> CACHE = new ConcurrentHashMap<>();), use the "
                    + "holder-class idiom, make the field volatile and keep the double check under a lock, or "
                    + "hold it in an AtomicReference and create it with updateAndGet(m -> m != null ? m : "
                    + "create()).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<? extends CtElement> target() {
        return CtAssignment.class;
    }

    @Override
    public void inspect(CtElement element, FindingSink sink) {
        CtAssignment<?, ?> assignment = (CtAssignment<?, ?>) element;
        if (!(assignment.getAssigned() instanceof CtFieldWrite<?> write)) {
            return;
        }
        CtField<?> field = write.getVariable().getDeclaration();
        if (field == null || !MapFields.isCandidate(field) || MapFields.isNull(assignment.getAssignment())
                || Suppressions.isSuppressed(field, ID)) {
            return;
        }
        CtIf inner = NullChecks.guarding(assignment, field);
        if (inner == null || Construction.is(assignment, field)) {
            return;
        }
        boolean isVolatile = field.hasModifier(ModifierKind.VOLATILE);
        CtElement lockRegion = lockRegionAround(inner);
        if (lockRegion != null) {
            CtIf outer = NullChecks.guarding(lockRegion, field);
            if (outer != null && !isVolatile) {
                sink.report(assignment, Severity.ERROR, dclMessage(field, outer, assignment), dclFix(field), List.of(
                        new Related(outer, "the unlocked null check"), new Related(inner, "the null check under the lock")));
            }
            return;
        }
        if (LockScope.held(assignment) != null
                || MapFields.ofValue(assignment.getAssignment()) == MapFields.Contents.IMMUTABLE) {
            return;
        }
        String evidence = ThreadEvidence.of(field);
        if (evidence == null && field.isStatic()) {
            evidence = "'" + field.getSimpleName() + "' is static, so every thread that uses the class shares it";
        }
        if (evidence == null) {
            return;
        }
        sink.report(assignment, singleMessage(field, inner, assignment, evidence, isVolatile), singleFix(field, assignment),
                List.of(new Related(inner, "the null check, with no lock held")));
    }

    /** A synchronized block, or a try whose finally unlocks, between {@code inner} and its method. */
    private static CtElement lockRegionAround(CtIf inner) {
        for (CtElement e = inner.getParent(); e != null && !(e instanceof CtExecutable<?>) && !(e instanceof CtType<?>);
             e = e.getParent()) {
            if (e instanceof CtSynchronized) {
                return e;
            }
            if (e instanceof CtTry attempt && attempt.getFinalizer() != null
                    && attempt.getFinalizer().getElements(new TypeFilter<>(CtInvocation.class)).stream()
                    .anyMatch(call -> call.getExecutable().getSimpleName().startsWith("unlock")
                            || Locks.isMonitorLeave(call))) {
                return e;
            }
        }
        return null;
    }

    private static String singleMessage(CtField<?> field, CtIf check, CtAssignment<?, ?> assignment, String evidence,
                                        boolean isVolatile) {
        String name = field.getSimpleName();
        return String.format("Field '%s' is created lazily (null check at line %d, %s = %s at line %d) with no lock "
                        + "held, and the class is used by several threads: %s. Two threads can both see null and "
                        + "each create a map; the entries put into the one that is overwritten are lost%s.",
                name, LockScope.line(check), name, FieldFixes.source(assignment.getAssignment()), LockScope.line(assignment),
                evidence, isVolatile ? "" : ", and without volatile another thread may see the map before it is filled");
    }

    private static String singleFix(CtField<?> field, CtAssignment<?, ?> assignment) {
        String name = field.getSimpleName();
        String args = FieldFixes.typeArguments(field);
        String value = FieldFixes.source(assignment.getAssignment());
        String created = MapFields.ofValue(assignment.getAssignment()) == MapFields.Contents.UNSAFE
                ? "new ConcurrentHashMap<>()" : value;
        return String.format("Create it eagerly: %sMap%s %s = %s; (a map that is cheap to create needs no "
                        + "laziness), or use the holder idiom for a static field, or keep it lazy under a lock: "
                        + "synchronized (%s) { if (%s == null) { %s = %s; } } on a volatile field, or hold it in "
                        + "an AtomicReference<Map%s> and read it with ref.updateAndGet(m -> m != null ? m : %s).",
                FieldFixes.modifiers(field, true, false), args, name, created,
                field.isStatic() ? field.getDeclaringType().getSimpleName() + ".class" : "this", name, name, value, args, value);
    }

    private static String dclMessage(CtField<?> field, CtIf outer, CtAssignment<?, ?> assignment) {
        String name = field.getSimpleName();
        return String.format("Broken double-checked locking on field '%s': the unlocked check at line %d can see the "
                        + "map assigned at line %d before its constructor and puts have finished, because '%s' is not "
                        + "volatile. The lock orders only the threads that take it.",
                name, LockScope.line(outer), LockScope.line(assignment), name);
    }

    private static String dclFix(CtField<?> field) {
        String name = field.getSimpleName();
        String args = FieldFixes.typeArguments(field);
        return String.format("Declare it %sMap%s %s; (volatile makes the double check correct), or drop the "
                        + "laziness: %sMap%s %s = new ConcurrentHashMap<>();, or for a static field use the "
                        + "holder idiom: private static final class Holder { static final Map%s %s = create(); }.",
                FieldFixes.modifiers(field, false, true), args, name, FieldFixes.modifiers(field, true, false), args,
                name, args, name.toUpperCase(java.util.Locale.ROOT));
    }
}
