package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import java.util.ArrayList;
import java.util.List;
import spoon.reflect.code.CtConstructorCall;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLambda;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.ModifierKind;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * MUTABLE_AFTER_INIT: a HashMap (or other mutable map) field that is filled only during
 * construction or class initialization and only read afterwards, so it is meant to be read-only,
 * but is left mutable and exposed: returned by a getter or kept in a non-private field, where any
 * caller on any thread can change it under the readers.
 *
 * <p>Also a map its own class only reads, while another class changes it after construction through
 * a getter or a non-private field ({@link ForeignUses}: a catalog filled by a loader): its class
 * looks read-only, and every reader races with those writes.
 *
 * <p>A private map filled during static initialization, or by the constructor into a final field,
 * and never handed out is not flagged: class initialization and final-field semantics publish it,
 * and nothing can change it afterwards (a MIME-type table). A private instance field that is not
 * final is reported when its class has thread evidence: a shared object may be published before
 * its constructor's puts are visible.
 *
 * <p>Severity {@link Severity#NOTE}; {@link Severity#WARNING} when a public getter (or public
 * field) hands it out, or another class changes it, in a class with evidence of threads. The
 * finding sits on the field declaration, where the fix goes ({@code Map.copyOf}); the first fill,
 * the getters' {@code return}s and the other classes' writes are its related lines. A getter or
 * write in a method that suppresses the rule does not count.
 *
 * <p>Not flagged: maps its own class writes after construction (the sharing rules look at those),
 * maps never filled, concurrent, synchronized and immutable maps, getters that return a copy or an
 * unmodifiable view.
 */
public final class MutableAfterInitRule implements Rule {

    /** The rule id. */
    public static final String ID = "MUTABLE_AFTER_INIT";

    private static final RuleInfo INFO = new RuleInfo(ID,
            "Map filled once at initialization but left mutable or exposed",
            Severity.NOTE,
            "A map that is filled during construction or static initialization and only read afterwards is "
                    + "meant to be read-only. Handed out as a mutable HashMap by a getter or a non-private field, "
                    + "it can be changed later by any caller on any thread, and every reader then races with that "
                    + "write; nothing in the code says the map must not change. A map its own class only reads "
                    + "while another class fills it through such a getter or field (a catalog and its loader) is "
                    + "that race already. A private table filled by a static initializer or into a final field, "
                    + "and never handed out, is safe and not reported.",
            "Keep an unmodifiable copy in a final field: private static final Map<K, V> BY_ID = "
                    + "Map.copyOf(byId); (or Collections.unmodifiableMap(...) to keep a LinkedHashMap's or "
                    + "TreeMap's order), and return that field or Map.copyOf(field) from getters.");

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
        boolean exposedField = !field.isPrivate();
        if (exposedField && !field.isFinal()) {
            return; // other classes may assign it: not "filled once"
        }
        List<FieldUse> uses = FieldUses.of(field);
        if (uses.stream().anyMatch(use -> use.isWrite() && !use.construction())) {
            return; // its own class changes it later: the sharing rules look at that
        }
        List<FieldUse> getters = uses.stream().filter(use -> use.access() == FieldUse.Access.RETURN)
                .filter(use -> use.at().getParent(CtMethod.class) != null && !use.at().getParent(CtMethod.class).isPrivate())
                .filter(use -> !Suppressions.isSuppressed(use.at(), ID))
                .toList();
        List<Related> related = new ArrayList<>();
        getters.forEach(getter -> related.add(new Related(getter.at(), "returned mutable by " + getter.where())));
        String evidence = ThreadEvidence.of(field);
        List<FieldUse> foreignWrites = exposedField || !getters.isEmpty()
                ? ForeignUses.of(field, getters.stream().<CtMethod<?>>map(use -> use.at().getParent(CtMethod.class))
                        .distinct().toList()).stream()
                        .filter(use -> use.isWrite() && !Suppressions.isSuppressed(use.at(), ID)).toList()
                : List.of();
        if (!foreignWrites.isEmpty()) {
            foreignWrites.forEach(write -> related.add(new Related(write.at(), foreignPlace(write, getters))));
            sink.report(field, evidence != null ? Severity.WARNING : Severity.NOTE,
                    foreignMessage(field, foreignWrites.get(0), getters, evidence), foreignFix(field), related);
            return;
        }
        if (!filled(field, uses)) {
            return;
        }
        List<FieldUse> reads = uses.stream().filter(use -> !use.construction()).toList();
        if (reads.isEmpty() && !exposedField) {
            return;
        }
        uses.stream().filter(use -> use.construction() && use.access() == FieldUse.Access.MUTATE).findFirst()
                .ifPresent(fill -> related.add(0, new Related(fill.at(), "filled in " + fill.where())));
        if (!getters.isEmpty()) {
            CtMethod<?> method = getters.get(0).at().getParent(CtMethod.class);
            boolean warn = evidence != null && method.hasModifier(ModifierKind.PUBLIC);
            sink.report(field, warn ? Severity.WARNING : Severity.NOTE,
                    getterMessage(field, getters.get(0), method, evidence), getterFix(field), related);
        } else if (exposedField) {
            boolean warn = evidence != null && field.hasModifier(ModifierKind.PUBLIC);
            sink.report(field, warn ? Severity.WARNING : Severity.NOTE, fieldMessage(field, evidence, true),
                    tableFix(field), related);
        } else if (!field.isStatic() && !field.isFinal() && evidence != null) {
            // a private table only read after construction is safe as long as it is published safely:
            // static initialization and final fields are; a plain instance field of a shared object is not
            sink.report(field, fieldMessage(field, evidence, false), tableFix(field), related);
        }
    }

    /** {@code put through titles() in CatalogLoader.load()}. */
    private static String foreignPlace(FieldUse write, List<FieldUse> getters) {
        String through = write.at().getElements(new TypeFilter<>(CtInvocation.class)).stream()
                .filter(call -> getters.stream().anyMatch(getter -> getter.at().getParent(CtMethod.class)
                        .getSimpleName().equals(call.getExecutable().getSimpleName()) && call.getArguments().isEmpty()))
                .map(call -> " through " + call.getExecutable().getSimpleName() + "()").findFirst().orElse("");
        CtType<?> type = write.at().getParent(CtType.class);
        String where = Callers.where(write.at());
        return write.operation() + through + " in " + (write.body() instanceof CtLambda<?> ? "a lambda in " : "")
                + (type == null ? "" : type.getSimpleName() + ".") + where;
    }

    /** Filled during construction: a put there, a copy constructor, a double-brace initializer or a collector. */
    private static boolean filled(CtField<?> field, List<FieldUse> uses) {
        if (uses.stream().anyMatch(use -> use.construction() && use.access() == FieldUse.Access.MUTATE)) {
            return true;
        }
        for (CtExpression<?> value : MapFields.values(field)) {
            if (MapFields.isDoubleBrace(value)) {
                return true;
            }
            if (value instanceof CtConstructorCall<?> creation) {
                boolean copies = creation.getArguments().size() == 1 && !(creation.getArguments().get(0) instanceof CtLiteral<?>)
                        && !isNumeric(creation.getArguments().get(0)) && !"EnumMap".equals(creation.getType().getSimpleName());
                if (copies) {
                    return true;
                }
            } else if (MapFields.ofValue(value) == MapFields.Contents.UNSAFE) {
                return true; // stream().collect(toMap(...)) and friends
            }
        }
        return false;
    }

    private static boolean isNumeric(CtExpression<?> e) {
        String type = e.getType() == null ? "" : e.getType().getSimpleName();
        return type.equals("int") || type.equals("Integer") || type.equals("long");
    }

    private static String kept(CtField<?> field) {
        String type = MapFields.concreteType(field);
        return type.equals("LinkedHashMap") || type.equals("TreeMap") || FieldFixes.isSorted(field)
                ? "Collections.unmodifiableMap" : "Map.copyOf";
    }

    private static String getterMessage(CtField<?> field, FieldUse use, CtMethod<?> method, String evidence) {
        return String.format("%s() returns the mutable %s '%s' itself. The map is filled only during construction and "
                        + "never changed by this class, so it is meant to be read-only, but any caller can now put or "
                        + "remove entries while other threads read it%s.",
                method.getSimpleName(), MapFields.concreteType(field), field.getSimpleName(),
                evidence == null ? "" : " (" + evidence + ")");
    }

    private static String foreignMessage(CtField<?> field, FieldUse first, List<FieldUse> getters, String evidence) {
        CtType<?> type = first.at().getParent(CtType.class);
        String how = getters.isEmpty() ? "through the field itself, which is not private"
                : "through " + getters.get(0).where() + ", which returns the map itself";
        return String.format("Field '%s' is a %s its own class never changes after construction, so it reads as "
                        + "read-only, but %s changes it (%s at line %d) %s: every read of '%s' races with those writes "
                        + "when they happen after the object is shared%s.",
                field.getSimpleName(), MapFields.concreteType(field),
                (type == null ? "" : type.getSimpleName() + ".") + Callers.where(first.at()), first.operation(),
                first.line(), how, field.getSimpleName(), evidence == null ? "" : " (" + evidence + ")");
    }

    private static String foreignFix(CtField<?> field) {
        String name = field.getSimpleName();
        String args = FieldFixes.typeArguments(field);
        return String.format("Keep the map private and let its class take finished contents: private volatile "
                        + "Map%1$s %2$s = Map.of(); void replace%3$s(Map%1$s loaded) { %2$s = Map.copyOf(loaded); }, "
                        + "and return the read-only map from getters; or, if it must change piece by piece, make it a "
                        + "ConcurrentHashMap (or guard every access with one lock) and change it only through methods "
                        + "of its class.",
                args, name, Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }

    private static String getterFix(CtField<?> field) {
        String name = field.getSimpleName();
        return String.format("Return a read-only map: return %s(%s); or store it read-only once: %sMap%s %s = "
                        + "%s(...); and return the field.%s",
                kept(field), name, FieldFixes.modifiers(field, true, false), FieldFixes.typeArguments(field), name,
                kept(field), kept(field).equals("Map.copyOf") ? " Map.copyOf rejects null keys and values." : "");
    }

    private static String fieldMessage(CtField<?> field, String evidence, boolean exposed) {
        String what = field.isStatic() ? "during class initialization" : "during construction";
        return String.format("Field '%s' is a %s filled only %s and never changed afterwards, so it is meant to be "
                        + "read-only, but it stays mutable%s: a later put or remove from any thread would race with "
                        + "every reader%s.",
                field.getSimpleName(), MapFields.concreteType(field), what,
                exposed ? " and is visible to other classes, which can modify it" : "",
                evidence == null ? "" : " (" + evidence + ")");
    }

    private static String tableFix(CtField<?> field) {
        String name = field.getSimpleName();
        String args = FieldFixes.typeArguments(field);
        String modifiers = FieldFixes.modifiers(field, true, false);
        return String.format("Build it in a local and keep a read-only copy: %sMap%s %s; %s { Map%s m = new %s<>(); "
                        + "m.put(...); %s = %s(m); }, or wrap the current value: %sMap%s %s = %s(...);.%s",
                modifiers, args, name, field.isStatic() ? "static" : "/* in the constructor */", args,
                MapFields.concreteType(field), name, kept(field), modifiers, args, name, kept(field),
                kept(field).equals("Map.copyOf") ? " Map.copyOf rejects null keys and values." : "");
    }
}
