package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtNamedElement;

/**
 * SHARED_UNSAFE_MAP: a HashMap, LinkedHashMap, TreeMap, WeakHashMap, IdentityHashMap or EnumMap
 * field (declared so, or declared {@code Map} and only ever assigned one) that is modified outside
 * construction with no lock anywhere, in a class that shows evidence of use by several threads
 * ({@link ThreadEvidence}), or that is static. Writes inside a lazy {@code if (field == null)}
 * block are LAZY_INIT_RACE's. The finding sits on the field declaration, where the fix goes (its
 * type), once per field; the unguarded writes are its related lines. A write in a method that
 * suppresses the rule does not count.
 *
 * <p>Not flagged: writes only during construction ({@link Construction}); fields with any locked
 * access (INCONSISTENT_LOCKING decides those); fields whose every use outside construction is in
 * one {@code run()}/{@code call()} method (confined to the task's thread); classes with no
 * evidence of threads; maps of unknown kind (a constructor parameter may be a ConcurrentHashMap).
 */
public final class SharedUnsafeMapRule implements Rule {

    /** The rule id. */
    public static final String ID = "SHARED_UNSAFE_MAP";

    private static final RuleInfo INFO = new RuleInfo(ID,
            "Non-thread-safe map shared between threads without a lock",
            Severity.ERROR,
            "HashMap, LinkedHashMap, TreeMap, WeakHashMap, IdentityHashMap and EnumMap are not thread-safe: "
                    + "a put or remove racing with any other access can lose entries, return stale or wrong "
                    + "values, throw ConcurrentModificationException, or corrupt the table so that a later get "
                    + "loops forever. A field of a class that several threads use (it starts threads or "
                    + "submits tasks, is a Runnable, servlet, handler, singleton or Spring bean, or already "
                    + "uses synchronized, locks, volatile or atomics), modified after construction with no "
                    + "lock, is exactly that race.",
            "Declare the field as a ConcurrentHashMap (ConcurrentSkipListMap for a sorted map), e.g. "
                    + "private final Map<K, V> cache = new ConcurrentHashMap<>(); and use its atomic methods "
                    + "(computeIfAbsent, merge, compute) instead of get-then-put; or guard every access with one "
                    + "lock; or publish an immutable Map.copyOf(...) through a volatile field.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<? extends CtElement> target() {
        return CtField.class;
    }

    @Override
    public void inspect(CtElement element, FindingSink sink) {
        CtField<?> field = (CtField<?>) element;
        if (!MapFields.isCandidate(field) || Suppressions.isSuppressed(field, ID)
                || MapFields.contents(field) != MapFields.Contents.UNSAFE) {
            return;
        }
        List<FieldUse> uses = FieldUses.of(field);
        if (uses.stream().anyMatch(FieldUse::isLocked)) {
            return;
        }
        List<FieldUse> live = uses.stream().filter(use -> !use.construction()).toList();
        List<FieldUse> writes = live.stream().filter(use -> use.access() == FieldUse.Access.MUTATE)
                .filter(use -> !MapFields.inLazyInit(use.at(), field))
                .filter(use -> !Suppressions.isSuppressed(use.at(), ID)).toList();
        if (writes.isEmpty() || confinedToOneTask(live)) {
            return;
        }
        String evidence = ThreadEvidence.of(field);
        if (evidence == null && field.isStatic()) {
            evidence = "'" + field.getSimpleName() + "' is static: one map for every thread that uses the class";
        }
        if (evidence == null) {
            return;
        }
        FieldUse first = writes.get(0);
        boolean reassigned = live.stream().anyMatch(use -> use.access() == FieldUse.Access.ASSIGN);
        sink.report(field, message(field, first, writes, evidence), fix(field, !reassigned), writes.stream()
                .map(use -> new Related(use.at(), use.operation() + " in " + use.where() + " with no lock held"))
                .toList());
    }

    /** Every use outside construction sits in one run()/call() method: the map lives on that task's thread. */
    private static boolean confinedToOneTask(List<FieldUse> live) {
        Set<CtElement> bodies = new HashSet<>();
        live.forEach(use -> bodies.add(use.body()));
        if (bodies.size() != 1) {
            return false;
        }
        CtElement body = bodies.iterator().next();
        return body instanceof CtNamedElement named && Set.of("run", "call", "compute").contains(named.getSimpleName());
    }

    private static String message(CtField<?> field, FieldUse first, List<FieldUse> writes, String evidence) {
        String name = field.getSimpleName();
        String type = MapFields.concreteType(field);
        String more = writes.size() == 1 ? "" : String.format(" %d more unguarded write%s: %s.", writes.size() - 1,
                writes.size() == 2 ? "" : "s", writes.subList(1, writes.size()).stream()
                        .map(use -> use.operation() + " in " + use.place()).collect(Collectors.joining(", ")));
        return String.format("Field '%s' (%s) is modified by %s.%s(...) in %s with no lock held, but the class is "
                        + "used by several threads: %s. A %s written while another thread reads or writes it can "
                        + "lose entries, return wrong values or corrupt its table.%s",
                name, type, name, first.operation(), first.place(), evidence, type, more);
    }

    private static String fix(CtField<?> field, boolean canBeFinal) {
        String name = field.getSimpleName();
        String args = FieldFixes.typeArguments(field);
        String modifiers = FieldFixes.modifiers(field, canBeFinal, false);
        String type = MapFields.concreteType(field);
        String lockAdvice = String.format(" Or guard every access (reads too) with one lock, e.g. "
                + "synchronized (%s) { ... }.", name);
        if (FieldFixes.isSorted(field)) {
            return String.format("Declare %s%s%s %s = new ConcurrentSkipListMap<>(); (keeps the keys sorted) and "
                    + "use atomic calls (computeIfAbsent, merge, compute) instead of get-then-put; it rejects null "
                    + "keys and values.%s", modifiers, FieldFixes.mapInterface(field), args, name, lockAdvice);
        }
        if (type.equals("LinkedHashMap") || type.equals("WeakHashMap") || type.equals("IdentityHashMap")) {
            return String.format("A ConcurrentHashMap would drop the %s behaviour, so guard every access (reads "
                    + "and iteration too) with one lock, e.g. synchronized (%s) { ... }, or declare %sMap%s %s = "
                    + "Collections.synchronizedMap(new %s<>()); and iterate it only inside synchronized (%s).",
                    type, name, modifiers, args, name, type, name);
        }
        return String.format("Declare %sMap%s %s = new ConcurrentHashMap<>(); and replace get-then-put sequences "
                + "with atomic calls (computeIfAbsent, merge, compute); ConcurrentHashMap rejects null keys and "
                + "values.%s", modifiers, args, name, lockAdvice);
    }
}
