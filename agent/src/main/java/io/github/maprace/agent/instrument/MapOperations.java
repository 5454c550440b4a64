package io.github.maprace.agent.instrument;

import java.util.Set;

/**
 * What each map method does to the map, decided by what it does and not only by its name
 * (the table is documented in the site). Views ({@code keySet}, {@code values}, {@code entrySet},
 * sub-maps) count as reads of the map they come from.
 */
final class MapOperations {
    /** The map owner types whose call sites are rewritten (internal names). */
    static final Set<String> MAP_TYPES = Set.of(
            "java/util/Map", "java/util/AbstractMap", "java/util/HashMap", "java/util/LinkedHashMap",
            "java/util/TreeMap", "java/util/SortedMap", "java/util/NavigableMap", "java/util/SequencedMap",
            "java/util/WeakHashMap", "java/util/IdentityHashMap", "java/util/EnumMap",
            "java/util/concurrent/ConcurrentMap", "java/util/concurrent/ConcurrentHashMap",
            "java/util/concurrent/ConcurrentNavigableMap", "java/util/concurrent/ConcurrentSkipListMap",
            "java/util/Hashtable", "java/util/Properties");

    /**
     * Owner types whose runtime map may be concurrent or synchronized: their call sites also get a
     * hook after the call, where a sync map's acquire belongs.
     */
    static final Set<String> MAYBE_SYNC = Set.of(
            "java/util/Map", "java/util/AbstractMap", "java/util/SortedMap", "java/util/NavigableMap",
            "java/util/SequencedMap", "java/util/concurrent/ConcurrentMap", "java/util/concurrent/ConcurrentHashMap",
            "java/util/concurrent/ConcurrentNavigableMap", "java/util/concurrent/ConcurrentSkipListMap",
            "java/util/Hashtable", "java/util/Properties");

    /** Operations whose first argument is the key (for check-then-act tracking). */
    static final Set<String> KEYED = Set.of(
            "get", "containsKey", "getOrDefault", "put", "putIfAbsent", "remove", "replace", "compute",
            "computeIfAbsent", "computeIfPresent", "merge");

    /** Map operations that return a view backed by the map. */
    static final Set<String> VIEWS = Set.of(
            "keySet", "values", "entrySet", "navigableKeySet", "descendingKeySet", "descendingMap", "headMap",
            "tailMap", "subMap", "sequencedKeySet", "sequencedValues", "sequencedEntrySet", "reversed");

    /** Static types a map view is usually called through. */
    static final Set<String> COLLECTION_OWNERS = Set.of(
            "java/util/Collection", "java/util/Set", "java/util/SortedSet", "java/util/NavigableSet",
            "java/util/SequencedCollection", "java/util/SequencedSet", "java/lang/Iterable",
            "java/util/AbstractCollection", "java/util/AbstractSet");

    /** Iterator calls that access the map behind a view's iterator. */
    static final Set<String> ITERATOR_OPS = Set.of("next", "forEachRemaining", "remove");

    private static final Set<String> MAP_DESCRIPTORS = Set.of("Ljava/util/Map;", "Ljava/util/SortedMap;",
            "Ljava/util/NavigableMap;", "Ljava/util/HashMap;", "Ljava/util/TreeMap;", "Ljava/util/LinkedHashMap;",
            "Ljava/util/SequencedMap;", "Ljava/util/AbstractMap;");

    /** JDK methods that turn an object into text, so a map given to them is read ({@code toString}). */
    private static final Set<String> TO_STRING_SINKS = Set.of(
            "java/lang/String.valueOf(Ljava/lang/Object;)Ljava/lang/String;",
            "java/lang/StringBuilder.append(Ljava/lang/Object;)Ljava/lang/StringBuilder;",
            "java/lang/StringBuffer.append(Ljava/lang/Object;)Ljava/lang/StringBuffer;",
            "java/io/PrintStream.println(Ljava/lang/Object;)V",
            "java/io/PrintStream.print(Ljava/lang/Object;)V",
            "java/util/Objects.toString(Ljava/lang/Object;)Ljava/lang/String;",
            "java/util/Objects.hashCode(Ljava/lang/Object;)I",
            "java/util/Objects.equals(Ljava/lang/Object;Ljava/lang/Object;)Z");

    /** The JDK wrapper factories: their result is a view of their argument. */
    private static final Set<String> WRAPPERS = Set.of("unmodifiableMap", "unmodifiableSortedMap",
            "unmodifiableNavigableMap", "unmodifiableSequencedMap", "synchronizedMap", "synchronizedSortedMap",
            "synchronizedNavigableMap");

    static boolean isWrapperFactory(String owner, String name, String descriptor) {
        return owner.equals("java/util/Collections") && WRAPPERS.contains(name)
                && descriptor.startsWith("(Ljava/util/") && descriptor.indexOf(';') == descriptor.indexOf(')') - 1;
    }

    /**
     * True when a JDK call reads the map that is its last argument: a parameter typed as a map
     * (copy constructors, {@code putAll}, {@code Map.copyOf}, {@code equals}), or a text sink.
     */
    static boolean readsLastArgument(String owner, String name, String descriptor) {
        if (TO_STRING_SINKS.contains(owner + "." + name + descriptor)) {
            return true;
        }
        return lastArgumentIsMap(descriptor);
    }

    /** True when the last parameter of {@code descriptor} is typed as a map. */
    static boolean lastArgumentIsMap(String descriptor) {
        net.bytebuddy.jar.asm.Type[] args = net.bytebuddy.jar.asm.Type.getArgumentTypes(descriptor);
        return args.length > 0 && MAP_DESCRIPTORS.contains(args[args.length - 1].getDescriptor());
    }

    /** View operations that traverse the map (and so need a synchronized map's lock). */
    /** Calls whose function argument runs inside the call, under the map's lock for the key. */
    static final Set<String> FUNCTION_INSIDE = Set.of("compute", "computeIfAbsent", "computeIfPresent");
    static final Set<String> TRAVERSALS = Set.of("iterator", "spliterator", "stream", "parallelStream");

    /** Calls on a view that make an object which traverses the map later (bound to it, per thread). */
    static final Set<String> MAKES_TRAVERSER = Set.of("iterator", "spliterator", "stream", "parallelStream");

    /** The stream types whose pipelines made from a map view read the map when they run. */
    static final Set<String> STREAM_OWNERS = Set.of("java/util/stream/Stream", "java/util/stream/BaseStream",
            "java/util/stream/IntStream", "java/util/stream/LongStream", "java/util/stream/DoubleStream");

    /** Terminal stream operations: the pipeline traverses its source here. */
    static final Set<String> STREAM_TERMINALS = Set.of("forEach", "forEachOrdered", "collect", "reduce", "toArray",
            "toList", "min", "max", "count", "anyMatch", "allMatch", "noneMatch", "findFirst", "findAny", "sum",
            "average", "summaryStatistics", "iterator", "spliterator");

    private static final Set<String> VIEW_WRITES = Set.of("remove", "removeIf", "removeAll", "retainAll", "clear");
    private static final Set<String> VIEW_READS = Set.of(
            "iterator", "spliterator", "stream", "parallelStream", "contains", "containsAll", "size", "isEmpty",
            "toArray", "forEach");

    /** What a call on a view does to the map behind it. */
    static Kind viewKind(String name) {
        if (VIEW_WRITES.contains(name)) {
            return Kind.WRITE;
        }
        return VIEW_READS.contains(name) ? Kind.READ : Kind.NONE;
    }

    /** Map types whose construction is recorded as an allocation site. */
    static final Set<String> TRACKED_CLASSES = Set.of(
            "java/util/HashMap", "java/util/LinkedHashMap", "java/util/TreeMap", "java/util/WeakHashMap",
            "java/util/IdentityHashMap", "java/util/EnumMap");

    // computeIfAbsent, putIfAbsent and merge write even when the key is present: HashMap may resize first
    private static final Set<String> WRITES = Set.of(
            "put", "putAll", "remove", "clear", "putIfAbsent", "compute", "computeIfAbsent", "computeIfPresent",
            "merge", "replace", "replaceAll", "pollFirstEntry", "pollLastEntry", "putFirst", "putLast");

    private static final Set<String> READS = Set.of(
            "get", "getOrDefault", "containsKey", "containsValue", "size", "isEmpty", "keySet", "values",
            "entrySet", "forEach", "equals", "hashCode", "toString", "clone", "firstKey", "lastKey",
            "firstEntry", "lastEntry", "ceilingKey", "ceilingEntry", "floorKey", "floorEntry", "higherKey",
            "higherEntry", "lowerKey", "lowerEntry", "headMap", "tailMap", "subMap", "descendingMap",
            "navigableKeySet", "descendingKeySet", "sequencedKeySet", "sequencedValues", "sequencedEntrySet",
            "reversed");

    /** What an operation does. */
    enum Kind { READ, WRITE, NONE }

    private MapOperations() {
    }

    static Kind classify(String name) {
        if (WRITES.contains(name)) {
            return Kind.WRITE;
        }
        if (READS.contains(name)) {
            return Kind.READ;
        }
        return Kind.NONE;
    }
}
