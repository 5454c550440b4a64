package io.github.maprace.plugin.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import spoon.reflect.code.BinaryOperatorKind;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtBinaryOperator;
import spoon.reflect.code.CtFieldRead;
import spoon.reflect.code.CtIf;
import spoon.reflect.code.CtConstructorCall;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldWrite;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtNewClass;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtAnnotationType;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtInterface;
import spoon.reflect.declaration.CtRecord;
import spoon.reflect.declaration.CtType;
import spoon.reflect.reference.CtTypeParameterReference;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * Map fields and what they hold, for the field-centred rules (SHARED_UNSAFE_MAP,
 * INCONSISTENT_LOCKING, NON_VOLATILE_SWAP, MUTABLE_AFTER_INIT, LAZY_INIT_RACE). Unlike
 * {@link ThreadSafeMaps}, which only asks "is it thread-safe?", this also tells a known
 * non-thread-safe map ({@code new HashMap<>()}) from an immutable one ({@code Map.copyOf(...)})
 * and from one we know nothing about (a constructor parameter). Types are matched by simple name,
 * as everywhere in no-classpath mode.
 */
final class MapFields {

    /** What the values assigned to a map field are, taken together. */
    enum Contents {
        /** Every value assigned is a HashMap, TreeMap, ... the rules are about these. */
        UNSAFE,
        /** Some value is a concurrent map or a synchronized wrapper. */
        THREAD_SAFE,
        /** Every value assigned is an immutable map ({@code Map.of}, {@code Map.copyOf}, ...). */
        IMMUTABLE,
        /** Anything else: a parameter, a method result, a mix. */
        UNKNOWN
    }

    /** The non-thread-safe map classes of the JDK. */
    static final Set<String> UNSAFE_TYPES = Set.of(
            "HashMap", "LinkedHashMap", "TreeMap", "WeakHashMap", "IdentityHashMap", "EnumMap");
    private static final Set<String> INTERFACES = Set.of("Map", "SortedMap", "NavigableMap", "AbstractMap");
    private static final Set<String> THREAD_SAFE_TYPES = Set.of("ConcurrentHashMap", "ConcurrentMap",
            "ConcurrentSkipListMap", "ConcurrentNavigableMap", "Hashtable", "Properties");
    private static final Set<String> IMMUTABLE_TYPES = Set.of("ImmutableMap", "ImmutableSortedMap",
            "ImmutableBiMap");
    private static final Set<String> IMMUTABLE_FACTORIES = Set.of("of", "ofEntries", "copyOf", "emptyMap",
            "singletonMap", "unmodifiableMap", "unmodifiableSortedMap", "unmodifiableNavigableMap",
            "emptySortedMap", "emptyNavigableMap", "toUnmodifiableMap", "build");
    private static final Set<String> NOT_MAPS = Set.of("Collection", "Set", "List", "Queue", "Deque",
            "SortedSet", "NavigableSet", "Iterable", "Multiset", "SortedMultiset", "ImmutableMultiset", "Multimap",
            "ListMultimap", "SetMultimap", "SortedSetMultimap", "Table", "RowSortedTable");
    private static final Set<String> MUTABLE_COLLECTORS = Set.of("toMap", "groupingBy", "partitioningBy");

    private MapFields() {
    }

    /** True when {@code type} names a map type this package understands. */
    static boolean isMap(CtTypeReference<?> type) {
        if (type == null || type.isPrimitive() || type.isArray()) {
            return false;
        }
        String name = type.getSimpleName();
        return INTERFACES.contains(name) || UNSAFE_TYPES.contains(name) || THREAD_SAFE_TYPES.contains(name)
                || IMMUTABLE_TYPES.contains(name);
    }

    /**
     * False only for a type that is visibly not a {@code java.util.Map}: a collection, a Guava
     * {@code Multiset} or {@code Multimap} (they have {@code entrySet()}, {@code remove(x, n)} and
     * live views too, but with other rules), or a class in the model that does not implement Map.
     * Unknown types (no classpath) and type variables may be maps.
     */
    static boolean mayBeMap(CtTypeReference<?> type) {
        if (type == null || isMap(type) || type.getSimpleName().endsWith("Map")) {
            return true;
        }
        if (type.isPrimitive() || type.isArray() || NOT_MAPS.contains(type.getSimpleName())) {
            return false;
        }
        try {
            if (type instanceof CtTypeParameterReference || type.getTypeDeclaration() == null) {
                return true;
            }
            return type.isSubtypeOf(type.getFactory().Type().createReference(java.util.Map.class));
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * True when {@code field} is a map field of an ordinary class or enum: records, interfaces and
     * annotation types only have final or constant fields, which these rules leave alone.
     */
    static boolean isCandidate(CtField<?> field) {
        CtType<?> owner = field.getDeclaringType();
        return owner != null && !(owner instanceof CtRecord) && !(owner instanceof CtInterface)
                && !(owner instanceof CtAnnotationType) && isMap(field.getType());
    }

    /** The non-null values assigned to {@code field}: its initializer and every assignment in its top-level type. */
    static List<CtExpression<?>> values(CtField<?> field) {
        List<CtExpression<?>> values = new ArrayList<>();
        if (field.getDefaultExpression() != null) {
            values.add(field.getDefaultExpression());
        }
        CtType<?> top = field.getDeclaringType().getTopLevelType();
        for (CtAssignment<?, ?> assignment : Assignments.to(field, top)) {
            if (assignment.getAssigned() instanceof CtFieldWrite<?> && !isNull(assignment.getAssignment())) {
                values.add(assignment.getAssignment());
            }
        }
        return values;
    }

    /** What {@code field} holds, from its declared type and every value assigned to it. */
    static Contents contents(CtField<?> field) {
        String declared = field.getType().getSimpleName();
        if (THREAD_SAFE_TYPES.contains(declared)) {
            return Contents.THREAD_SAFE;
        }
        if (IMMUTABLE_TYPES.contains(declared)) {
            return Contents.IMMUTABLE;
        }
        List<CtExpression<?>> values = values(field);
        boolean allUnsafe = !values.isEmpty();
        boolean allImmutable = !values.isEmpty();
        for (CtExpression<?> value : values) {
            Contents kind = ofValue(value);
            if (kind == Contents.THREAD_SAFE) {
                return Contents.THREAD_SAFE;
            }
            allUnsafe &= kind == Contents.UNSAFE;
            allImmutable &= kind == Contents.IMMUTABLE;
        }
        if (UNSAFE_TYPES.contains(declared) || allUnsafe) {
            return Contents.UNSAFE;
        }
        return allImmutable ? Contents.IMMUTABLE : Contents.UNKNOWN;
    }

    /** What one assigned value creates. */
    static Contents ofValue(CtExpression<?> value) {
        if (ThreadSafeMaps.ofValue(value).isThreadSafe()) {
            return Contents.THREAD_SAFE;
        }
        if (value instanceof CtConstructorCall<?> creation && creation.getType() != null) {
            String name = creation.getType().getSimpleName();
            if (UNSAFE_TYPES.contains(name)) {
                return Contents.UNSAFE;
            }
            if (THREAD_SAFE_TYPES.contains(name)) {
                return Contents.THREAD_SAFE;
            }
            return Contents.UNKNOWN;
        }
        if (value instanceof CtInvocation<?> call) {
            String name = call.getExecutable().getSimpleName();
            String owner = call.getTarget() == null ? "" : MapCalls.text(call.getTarget());
            if (IMMUTABLE_FACTORIES.contains(name) && (owner.endsWith("Map") || owner.endsWith("Collections")
                    || owner.contains("ImmutableMap") || owner.endsWith("Collectors") || owner.isEmpty())) {
                return "build".equals(name) && !owner.contains("ImmutableMap") ? Contents.UNKNOWN : Contents.IMMUTABLE;
            }
            if ("collect".equals(name) && call.getArguments().size() == 1
                    && call.getArguments().get(0) instanceof CtInvocation<?> collector) {
                String how = collector.getExecutable().getSimpleName();
                if ("toUnmodifiableMap".equals(how)) {
                    return Contents.IMMUTABLE;
                }
                // toMap/groupingBy without a map supplier build a HashMap
                if (MUTABLE_COLLECTORS.contains(how) && collector.getArguments().size() <= 3
                        && !(collector.getArguments().size() == 3 && "groupingBy".equals(how))) {
                    return Contents.UNSAFE;
                }
            }
            if ("newHashMap".equals(name) || "newLinkedHashMap".equals(name) || "newTreeMap".equals(name)
                    || "newHashMapWithExpectedSize".equals(name) || "newIdentityHashMap".equals(name)) {
                return Contents.UNSAFE;
            }
        }
        return Contents.UNKNOWN;
    }

    /** True when the value is an anonymous subclass filled by an instance initializer ({@code new HashMap<>() {{ put(..); }}}). */
    static boolean isDoubleBrace(CtExpression<?> value) {
        return value instanceof CtNewClass<?> creation && creation.getAnonymousClass() != null
                && !creation.getAnonymousClass().getAnonymousExecutables().isEmpty();
    }

    /** The concrete unsafe class a field holds, for messages ({@code HashMap}), or its declared type. */
    static String concreteType(CtField<?> field) {
        for (CtExpression<?> value : values(field)) {
            if (value instanceof CtConstructorCall<?> creation && creation.getType() != null
                    && UNSAFE_TYPES.contains(creation.getType().getSimpleName())) {
                return creation.getType().getSimpleName();
            }
        }
        return field.getType().getSimpleName();
    }

    /** The string value of an annotation on {@code field} ({@code @GuardedBy("lock")} gives {@code lock}), or null. */
    static String annotationValue(CtField<?> field, String annotationName) {
        for (CtAnnotation<?> annotation : field.getAnnotations()) {
            if (annotation.getAnnotationType() != null
                    && annotationName.equals(annotation.getAnnotationType().getSimpleName())) {
                for (CtLiteral<?> literal : annotation.getElements(new TypeFilter<>(CtLiteral.class))) {
                    if (literal.getValue() instanceof String text) {
                        return text;
                    }
                }
                return "";
            }
        }
        return null;
    }

    /**
     * True when {@code e} sits in the then branch of an {@code if} that tests {@code field} for
     * null ({@code if (cache == null) { cache = new HashMap<>(); cache.put(..); }}): lazy
     * initialization, which LAZY_INIT_RACE reports, so the other rules leave it alone.
     */
    static boolean inLazyInit(CtElement e, CtField<?> field) {
        if (NullChecks.guarding(e, field) != null) {
            return true; // also the early-return shape: if (cache != null) return cache; cache = load();
        }
        CtElement child = e;
        for (CtElement cur = e.getParent(); cur != null && !(cur instanceof CtExecutable<?>) && !(cur instanceof CtType<?>);
             child = cur, cur = cur.getParent()) {
            if (cur instanceof CtIf decision && decision.getThenStatement() == child && decision.getCondition() != null) {
                for (CtBinaryOperator<?> test : decision.getCondition().getElements(new TypeFilter<>(CtBinaryOperator.class))) {
                    boolean nullTest = test.getKind() == BinaryOperatorKind.EQ
                            && (isNull(test.getRightHandOperand()) || isNull(test.getLeftHandOperand()));
                    if (nullTest && test.getElements(new TypeFilter<>(CtFieldRead.class)).stream()
                            .anyMatch(read -> read.getVariable().getDeclaration() == field)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean isNull(CtExpression<?> e) {
        return e instanceof CtLiteral<?> literal && literal.getValue() == null;
    }
}
