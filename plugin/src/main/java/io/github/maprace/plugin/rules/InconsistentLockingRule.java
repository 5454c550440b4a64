package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import spoon.reflect.code.CtLambda;
import spoon.reflect.code.CtSynchronized;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.ModifierKind;

/**
 * INCONSISTENT_LOCKING: a map field used under a lock in some places ({@code synchronized} block or
 * method, {@code Lock.lock()} span, a read/write lock half, a StampedLock stamp, or declared with
 * {@code @GuardedBy}) and without that lock in others, outside construction. The guarding lock is
 * the one most locked uses hold; a use under another lock only is unguarded too, since two locks
 * do not exclude each other. Each unguarded use is a finding of its own, at that use, since each
 * needs the lock taken there; it names where the field is guarded and by what (the first guarded
 * use is its related line, or the {@code @GuardedBy} declaration), and the fix wraps the unguarded
 * statement in that same lock.
 *
 * <p>Only fields that can actually race are considered: a non-thread-safe or unknown map whose
 * contents or reference change after construction, or a non-final, non-volatile field of any map
 * kind that is reassigned after construction (the reference itself races). Lazy initialization
 * ({@code if (field == null) field = ...}, double-checked locking) is LAZY_INIT_RACE's. A ConcurrentHashMap or
 * immutable map behind a final field is left alone even if some uses lock: single calls on it are
 * safe, and compound ones are CHECK_THEN_ACT's business.
 */
public final class InconsistentLockingRule implements Rule {

    /** The rule id. */
    public static final String ID = "INCONSISTENT_LOCKING";

    private static final RuleInfo INFO = new RuleInfo(ID,
            "Map field accessed with and without its lock",
            Severity.ERROR,
            "A lock protects a map only if every access takes it. A read or write without the lock races "
                    + "with the guarded writes: it can see a half-updated map, miss entries, throw "
                    + "ConcurrentModificationException, or lose an update, and the locked accesses give false "
                    + "confidence.",
            "Take the same lock at every access, e.g. synchronized (lock) { return cache.get(key); } or "
                    + "lock.lock(); try { ... } finally { lock.unlock(); }; or make the field a ConcurrentHashMap "
                    + "and drop the lock where single calls suffice. Keeping the map private and touching it only "
                    + "through methods that take the lock makes the rule easy to keep.");

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
        if (!MapFields.isCandidate(field) || Suppressions.isSuppressed(field, ID)) {
            return;
        }
        List<FieldUse> live = FieldUses.of(field).stream()
                .filter(use -> !use.construction() && !isLockExpression(use) && !use.operation().startsWith("alias "))
                .toList();
        MapFields.Contents contents = MapFields.contents(field);
        boolean mutableContents = contents == MapFields.Contents.UNSAFE || contents == MapFields.Contents.UNKNOWN;
        boolean contentRace = mutableContents && live.stream()
                .anyMatch(use -> use.access() == FieldUse.Access.MUTATE && !MapFields.inLazyInit(use.at(), field));
        boolean referenceRace = !field.isFinal() && !field.hasModifier(ModifierKind.VOLATILE)
                && live.stream().anyMatch(use -> use.access() == FieldUse.Access.ASSIGN && !MapFields.inLazyInit(use.at(), field));
        if (!contentRace && !referenceRace) {
            return;
        }
        String declared = MapFields.annotationValue(field, "GuardedBy");
        String guard = guard(live, declared);
        if (guard == null) {
            return;
        }
        List<FieldUse> guarded = live.stream().filter(use -> use.lock(guard) != null).toList();
        List<FieldUse> unguarded = live.stream().filter(use -> use.lock(guard) == null).toList();
        if (unguarded.isEmpty()) {
            return;
        }
        HeldLock lock = guarded.isEmpty() ? new HeldLock(HeldLock.Kind.MONITOR, declared, "@GuardedBy", guard)
                : guarded.get(0).lock(guard);
        boolean onlyReplaced = live.stream().noneMatch(use -> use.access() == FieldUse.Access.MUTATE);
        Related guardedAt = guarded.isEmpty() ? new Related(field, "declared @GuardedBy(\"" + declared + "\")")
                : new Related(guarded.get(0).at(), verb(guarded.get(0)) + " in " + guarded.get(0).where()
                        + " under " + lock.shown());
        Set<Integer> reported = new HashSet<>();
        for (FieldUse use : unguarded) {
            if (!reported.add(use.line())) {
                continue; // two uses in one line (m.put(k, m.get(k) + 1)) take the lock once
            }
            sink.report(use.at(), message(field, use, guarded, lock, declared),
                    fix(field, use, lock, referenceRace && onlyReplaced), List.of(guardedAt));
        }
    }

    /**
     * The id of the lock that guards the field: the one most locked uses hold (the first in the
     * source on a tie), else the one {@code @GuardedBy} declares, or null when nothing guards it.
     * A use under another lock is as unguarded as one under none: the two locks do not exclude
     * each other.
     */
    private static String guard(List<FieldUse> uses, String declared) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        boolean assumed = false;
        for (FieldUse use : uses) {
            use.locks().stream().map(HeldLock::id).filter(Objects::nonNull).distinct()
                    .forEach(id -> counts.merge(id, 1, Integer::sum));
            assumed |= use.locks().stream().anyMatch(lock -> lock.id() == null);
        }
        String guard = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (guard == null && declared != null && !declared.isBlank()) {
            guard = declared.startsWith("this.") ? declared.substring("this.".length()) : declared;
        }
        return guard == null && assumed ? "this" : guard;
    }

    /** The {@code cache} in {@code synchronized (cache)}: naming the monitor is not an access. */
    private static boolean isLockExpression(FieldUse use) {
        CtElement at = use.at();
        return at.isParentInitialized() && at.getParent() instanceof CtSynchronized block && block.getExpression() == at;
    }

    private static String message(CtField<?> field, FieldUse first, List<FieldUse> guarded, HeldLock lock,
                                  String declared) {
        String name = field.getSimpleName();
        String guards;
        if (guarded.isEmpty()) {
            guards = String.format("is declared @GuardedBy(\"%s\")", declared);
        } else {
            Set<String> places = new LinkedHashSet<>();
            guarded.forEach(use -> places.add(use.where() + " under " + use.lock(lock.id()).shown()));
            List<String> shown = places.stream().limit(3).toList();
            guards = "is guarded in " + String.join(", ", shown)
                    + (places.size() > shown.size() ? " and " + (places.size() - shown.size()) + " more" : "");
        }
        String how = first.isLocked() ? "under " + shown(first) + " only, which does not exclude " + lock.shown()
                : "without any lock";
        return String.format("Field '%s' %s, but %s %s %s: that use races with the guarded ones "
                        + "and can see a half-updated map or lose an update.",
                name, guards, first.place(), verb(first), how);
    }

    private static String shown(FieldUse use) {
        return use.locks().stream().map(HeldLock::shown).distinct().collect(Collectors.joining(" and "));
    }

    private static String verb(FieldUse use) {
        return switch (use.access()) {
            case MUTATE -> "modifies it (" + use.operation() + ")";
            case ASSIGN -> "replaces it";
            case RETURN -> "returns it";
            case READ -> "reads it" + (use.operation().equals("read") ? "" : " (" + use.operation() + ")");
        };
    }

    private static String fix(CtField<?> field, FieldUse first, HeldLock lock, boolean onlyReplaced) {
        String statement = FieldFixes.statement(first.at());
        String code = statement.isEmpty() ? "/* the code at line " + first.line() + " */" : statement + ";";
        String fix = String.format("Take the same lock there%s: %s", first.body() instanceof CtLambda<?>
                ? ", inside the lambda" : "", lock.around(code, first.isWrite()));
        if (onlyReplaced) {
            fix += String.format(" Or, since '%s' is only ever replaced whole, declare it %s%s%s %s; and assign "
                            + "it only finished, immutable maps (Map.copyOf(...)): readers then need no lock.",
                    field.getSimpleName(), FieldFixes.modifiers(field, false, true), FieldFixes.mapInterface(field),
                    FieldFixes.typeArguments(field), field.getSimpleName());
        }
        return fix;
    }
}
