package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import java.util.ArrayList;
import java.util.List;
import spoon.reflect.code.CtConstructorCall;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.ModifierKind;

/**
 * MUTABLE_AFTER_INIT: a HashMap (or other mutable map) field that is filled only during
 * construction or class initialization and only read afterwards, so it is meant to be read-only,
 * but is left mutable: a lookup table in a static field, or any such map returned by a getter or
 * exposed as a non-private field, where any caller on any thread can change it under the readers.
 *
 * <p>Severity {@link Severity#NOTE}; {@link Severity#WARNING} when a public getter (or public
 * field) hands it out in a class with evidence of threads. The finding sits on the field
 * declaration, where the fix goes ({@code Map.copyOf}), with the first fill and the getters'
 * {@code return}s as related lines. A getter that suppresses the rule does not count. A private instance field
 * that is not exposed is reported only when it is not final and the class has thread evidence: a
 * final field filled by the constructor is safely published by final-field semantics, and flagging
 * every such field in every service class would be noise.
 *
 * <p>Not flagged: maps written after construction (the sharing rules look at those), maps never
 * filled, concurrent, synchronized and immutable maps, getters that return a copy or an
 * unmodifiable view.
 */
public final class MutableAfterInitRule implements Rule {

    /** The rule id. */
    public static final String ID = "MUTABLE_AFTER_INIT";

    private static final RuleInfo INFO = new RuleInfo(ID,
            "Map filled once at initialization but left mutable or exposed",
            Severity.NOTE,
            "A map that is filled during construction or static initialization and only read afterwards is "
                    + "meant to be read-only. Left as a mutable HashMap, or handed out by a getter, it can be "
                    + "changed later by any caller on any thread, and every reader then races with that write; "
                    + "nothing in the code says the map must not change.",
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
        if (uses.stream().anyMatch(use -> use.isWrite() && !use.construction()) || !filled(field, uses)) {
            return;
        }
        List<FieldUse> reads = uses.stream().filter(use -> !use.construction()).toList();
        if (reads.isEmpty() && !exposedField) {
            return;
        }
        String evidence = ThreadEvidence.of(field);
        List<FieldUse> getters = reads.stream().filter(use -> use.access() == FieldUse.Access.RETURN)
                .filter(use -> use.at().getParent(CtMethod.class) != null && !use.at().getParent(CtMethod.class).isPrivate())
                .filter(use -> !Suppressions.isSuppressed(use.at(), ID))
                .toList();
        List<Related> related = new ArrayList<>();
        uses.stream().filter(use -> use.construction() && use.access() == FieldUse.Access.MUTATE).findFirst()
                .ifPresent(fill -> related.add(new Related(fill.at(), "filled in " + fill.where())));
        getters.forEach(getter -> related.add(new Related(getter.at(), "returned mutable by " + getter.where())));
        if (!getters.isEmpty()) {
            CtMethod<?> method = getters.get(0).at().getParent(CtMethod.class);
            boolean warn = evidence != null && method.hasModifier(ModifierKind.PUBLIC);
            sink.report(field, warn ? Severity.WARNING : Severity.NOTE,
                    getterMessage(field, getters.get(0), method, evidence), getterFix(field), related);
        } else if (exposedField) {
            boolean warn = evidence != null && field.hasModifier(ModifierKind.PUBLIC);
            sink.report(field, warn ? Severity.WARNING : Severity.NOTE, fieldMessage(field, evidence, true),
                    tableFix(field), related);
        } else if (field.isStatic() || evidence != null && !field.isFinal()) {
            sink.report(field, fieldMessage(field, evidence, false), tableFix(field), related);
        }
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
