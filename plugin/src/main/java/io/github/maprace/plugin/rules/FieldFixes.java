package io.github.maprace.plugin.rules;

import java.util.List;
import java.util.stream.Collectors;
import spoon.reflect.code.CtLambda;
import spoon.reflect.code.CtStatement;
import spoon.reflect.code.CtStatementList;
import spoon.reflect.cu.SourcePosition;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.ModifierKind;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.reference.CtWildcardReference;

/**
 * Pasteable declarations for fixes, written with the field's own name, modifiers and type
 * arguments in the author's simple-name spelling: {@code private final Map<String, Session>
 * sessions = new ConcurrentHashMap<>();}.
 */
final class FieldFixes {

    private FieldFixes() {
    }

    /** {@code <String, List<Order>>}, or {@code <K, V>} when the declaration has none. */
    static String typeArguments(CtField<?> field) {
        List<CtTypeReference<?>> arguments = field.getType().getActualTypeArguments();
        if (arguments.size() != 2) {
            return "<K, V>";
        }
        return arguments.stream().map(FieldFixes::simple).collect(Collectors.joining(", ", "<", ">"));
    }

    /** A type in simple names: {@code Map<String, List<Order>>}. */
    static String simple(CtTypeReference<?> type) {
        if (type instanceof CtWildcardReference wildcard) {
            CtTypeReference<?> bound = wildcard.getBoundingType();
            boolean object = bound == null || "Object".equals(bound.getSimpleName());
            return object ? "?" : "? " + (wildcard.isUpper() ? "extends " : "super ") + simple(bound);
        }
        List<CtTypeReference<?>> arguments = type.getActualTypeArguments();
        String name = type.getSimpleName();
        if (arguments.isEmpty() || arguments.stream().allMatch(CtTypeReference::isImplicit)) {
            return name;
        }
        return name + arguments.stream().map(FieldFixes::simple).collect(Collectors.joining(", ", "<", ">"));
    }

    /**
     * The field's modifiers as written, visibility and {@code static} kept, with {@code final} and
     * {@code volatile} as asked: {@code private static final}.
     */
    static String modifiers(CtField<?> field, boolean isFinal, boolean isVolatile) {
        StringBuilder text = new StringBuilder();
        if (field.hasModifier(ModifierKind.PRIVATE)) {
            text.append("private ");
        } else if (field.hasModifier(ModifierKind.PROTECTED)) {
            text.append("protected ");
        } else if (field.hasModifier(ModifierKind.PUBLIC)) {
            text.append("public ");
        }
        if (field.isStatic()) {
            text.append("static ");
        }
        if (isFinal) {
            text.append("final ");
        }
        if (isVolatile) {
            text.append("volatile ");
        }
        return text.toString();
    }

    /** The interface the field should be declared as: {@code Map}, or the sorted interface a TreeMap needs. */
    static String mapInterface(CtField<?> field) {
        String declared = field.getType().getSimpleName();
        return switch (declared) {
            case "SortedMap", "NavigableMap" -> declared;
            case "TreeMap" -> "NavigableMap";
            default -> "Map";
        };
    }

    /**
     * The statement around {@code at} as the user wrote it, on one line and without its
     * semicolon, for wrapping in a lock: {@code return cache.get(key)}; empty when the use is part
     * of a compound statement (an {@code if} condition, a loop header) or is too long to quote.
     */
    static String statement(CtElement at) {
        CtElement statement = at;
        for (CtElement e = at; e != null && e.isParentInitialized(); e = e.getParent()) {
            if (e instanceof CtStatement && e.getParent() instanceof CtStatementList) {
                statement = e;
                break;
            }
            if (e.getParent() instanceof CtLambda<?>) {
                statement = e; // an expression lambda's body: the lock goes inside the lambda
                break;
            }
        }
        String text = source(statement).trim();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        boolean usable = statement instanceof CtStatement && text.length() <= 100 && !text.contains("{");
        return usable ? text : "";
    }

    /** The source text of any element, on one line; Spoon's printout when the source is not at hand. */
    static String source(CtElement e) {
        try {
            SourcePosition position = e.getPosition();
            if (position.isValidPosition() && position.getCompilationUnit() != null) {
                String source = position.getCompilationUnit().getOriginalSourceCode();
                int start = position.getSourceStart();
                int end = position.getSourceEnd() + 1;
                if (source != null && start >= 0 && end <= source.length() && start < end) {
                    return source.substring(start, end).replaceAll("\\s+", " ");
                }
            }
        } catch (RuntimeException ignored) {
            // fall back to the printer
        }
        return e.toString().replaceAll("\\s+", " ");
    }

    /** True when the map keeps its keys sorted, so a ConcurrentSkipListMap is the concurrent replacement. */
    static boolean isSorted(CtField<?> field) {
        String declared = field.getType().getSimpleName();
        return declared.equals("TreeMap") || declared.equals("SortedMap") || declared.equals("NavigableMap")
                || MapFields.concreteType(field).equals("TreeMap");
    }
}
