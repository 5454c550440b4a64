package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.ModifierKind;

/**
 * NON_VOLATILE_SWAP: a map field that is replaced at run time ({@code this.config = loaded;},
 * {@code snapshot = Map.copyOf(next);}) through a plain field: not volatile, not final, not an
 * AtomicReference, and with no lock around the assignment or anywhere else on the field. Readers
 * on other threads may keep using the old map indefinitely, or see the new reference before the
 * new map's contents.
 *
 * <p>Flagged only when the class has evidence of threads ({@link ThreadEvidence}), the field is
 * static, or the assignment publishes an immutable snapshot (the copy-on-write idiom, which only
 * makes sense for concurrent readers): a plain bean's setter is not a hot reload. Also required:
 * the field is used outside construction in some method other than the one that swaps it.
 * Not flagged: assignments during construction or in lifecycle methods ({@code @PostConstruct},
 * {@code @Inject} setters), assigning null, lazy initialization under {@code if (field == null)}
 * (LAZY_INIT_RACE), and fields with any locked use (INCONSISTENT_LOCKING decides those).
 *
 * <p>The finding sits on the field declaration, where {@code volatile} goes, once per field; the
 * swaps and the in-place modifications are its related lines. A swap in a method that suppresses
 * the rule does not count.
 */
public final class NonVolatileSwapRule implements Rule {

    /** The rule id. */
    public static final String ID = "NON_VOLATILE_SWAP";

    private static final RuleInfo INFO = new RuleInfo(ID,
            "Map reference replaced at run time through a plain field",
            Severity.ERROR,
            "A field that is reassigned to a new map while other threads read it (hot reload, refresh, "
                    + "copy-on-write snapshot) needs a happens-before edge between the writer and the readers. "
                    + "Without volatile (or a lock on both sides) readers may keep the old map forever, or see "
                    + "the new reference before the new map's contents, e.g. an empty or half-filled HashMap.",
            "Declare the field volatile and assign it only finished, preferably immutable maps "
                    + "(private volatile Map<K, V> config; ... config = Map.copyOf(loaded);), or hold it in an "
                    + "AtomicReference<Map<K, V>> and use set/get.");

    private static final Set<String> SNAPSHOTS = Set.of("copyOf", "unmodifiableMap", "unmodifiableSortedMap",
            "unmodifiableNavigableMap", "of", "ofEntries");

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
        if (!MapFields.isCandidate(field) || field.isFinal() || field.hasModifier(ModifierKind.VOLATILE)
                || Suppressions.isSuppressed(field, ID)) {
            return;
        }
        List<FieldUse> uses = FieldUses.of(field);
        List<FieldUse> live = uses.stream().filter(use -> !use.construction()).toList();
        if (live.stream().anyMatch(FieldUse::isLocked)) {
            return;
        }
        List<FieldUse> swaps = live.stream()
                .filter(use -> use.access() == FieldUse.Access.ASSIGN)
                .filter(use -> !MapFields.isNull(((CtAssignment<?, ?>) use.at()).getAssignment()))
                .filter(use -> !MapFields.inLazyInit(use.at(), field))
                .filter(use -> !Suppressions.isSuppressed(use.at(), ID))
                .toList();
        if (swaps.isEmpty()) {
            return;
        }
        Set<CtElement> bodies = new HashSet<>();
        live.forEach(use -> bodies.add(use.body()));
        if (bodies.size() < 2) {
            return;
        }
        String evidence = evidence(field, swaps);
        if (evidence == null) {
            return;
        }
        FieldUse first = swaps.get(0);
        List<FieldUse> mutations = live.stream().filter(use -> use.access() == FieldUse.Access.MUTATE).toList();
        List<Related> related = new ArrayList<>();
        swaps.forEach(swap -> related.add(new Related(swap.at(), "replaced in " + swap.where())));
        mutations.forEach(m -> related.add(new Related(m.at(), m.operation() + " in " + m.where()
                + " modifies the published map in place")));
        sink.report(field, message(field, first, swaps, evidence), fix(field, mutations), related);
    }

    private static String evidence(CtField<?> field, List<FieldUse> swaps) {
        String evidence = ThreadEvidence.of(field);
        if (evidence != null) {
            return evidence;
        }
        for (FieldUse swap : swaps) {
            CtExpression<?> value = ((CtAssignment<?, ?>) swap.at()).getAssignment();
            if (value instanceof CtInvocation<?> call
                    && SNAPSHOTS.contains(call.getExecutable().getSimpleName())
                    && MapFields.ofValue(value) == MapFields.Contents.IMMUTABLE) {
                return "it publishes immutable snapshots (" + FieldFixes.source(value).replaceAll("\\(.*", "(...)")
                        + " at line " + swap.line() + "), a copy-on-write pattern meant for concurrent readers";
            }
        }
        return field.isStatic() ? "'" + field.getSimpleName() + "' is static, so every thread that uses the class reads it" : null;
    }

    private static String message(CtField<?> field, FieldUse first, List<FieldUse> swaps, String evidence) {
        String name = field.getSimpleName();
        String more = swaps.size() == 1 ? "" : " Also replaced in " + swaps.subList(1, swaps.size()).stream()
                .map(FieldUse::place).collect(Collectors.joining(", ")) + ".";
        return String.format("Field '%s' is replaced in %s (%s = %s) but is neither volatile nor final nor guarded by "
                        + "a lock, and the class is used by several threads: %s. Other threads may keep reading the "
                        + "old map, or see the new one before its contents are visible.%s",
                name, first.place(), name, FieldFixes.source(((CtAssignment<?, ?>) first.at()).getAssignment()),
                evidence, more);
    }

    private static String fix(CtField<?> field, List<FieldUse> mutations) {
        String name = field.getSimpleName();
        String args = FieldFixes.typeArguments(field);
        String type = FieldFixes.mapInterface(field);
        String fix = String.format("Declare it %s%s%s %s; and assign only finished maps (%s = Map.copyOf(...)), or "
                        + "hold it in %sAtomicReference<%s%s> %s = new AtomicReference<>(Map.of()); with %s.set(...) "
                        + "and %s.get().",
                FieldFixes.modifiers(field, false, true), type, args, name, name,
                FieldFixes.modifiers(field, true, false), type, args, name, name, name);
        if (!mutations.isEmpty()) {
            FieldUse mutation = mutations.get(0);
            fix += String.format(" volatile publishes only the reference: the map is also modified in place (%s in "
                    + "%s), so build each new map completely before assigning it and never modify it afterwards.",
                    mutation.operation(), mutation.place());
        }
        return fix;
    }
}
