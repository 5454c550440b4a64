package io.github.maprace.agent.runtime;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Serializable method references to a map's methods ({@code (Function<K, V> & Serializable) map::get}):
 * the rewriter cannot point them at a bridge as it does other references ({@link MapReferences}),
 * because their deserialization checks the method they target. It keeps the JDK's lambda and
 * wraps it, after capture, in an object of the same functional interface that hooks each call and
 * serializes as the lambda itself ({@code writeReplace}), so serialization is untouched (a
 * deserialized copy is the plain lambda, no longer watched). Only lambdas whose interfaces are
 * exactly one of the common functional interfaces and {@code Serializable} are wrapped.
 */
@SuppressWarnings({"rawtypes", "unchecked", "serial"})
public final class SerializableMapReferences {
    private SerializableMapReferences() {
    }

    /**
     * The captured {@code lambda} of a bound reference to a method of {@code map}, at {@code site};
     * {@code keyed} when the method's first argument is a key.
     */
    public static Object bound(Object lambda, Object map, int site, boolean keyed) {
        try {
            if (lambda == null || !(map instanceof Map<?, ?> m)) {
                return lambda;
            }
            Set<Class<?>> shapes = Set.of(lambda.getClass().getInterfaces());
            if (shapes.size() != 2 || !shapes.contains(Serializable.class)) {
                return lambda;
            }
            if (lambda instanceof Function f) {
                return new FunctionRef(f, m, site, keyed);
            }
            if (lambda instanceof BiFunction f) {
                return new BiFunctionRef(f, m, site, keyed);
            }
            if (lambda instanceof Predicate p) {
                return new PredicateRef(p, m, site, keyed);
            }
            if (lambda instanceof Supplier s) {
                return new SupplierRef(s, m, site, keyed);
            }
            if (lambda instanceof Consumer c) {
                return new ConsumerRef(c, m, site, keyed);
            }
            if (lambda instanceof BiConsumer c) {
                return new BiConsumerRef(c, m, site, keyed);
            }
            return lambda;
        } catch (Throwable t) {
            AgentErrors.record(t);
            return lambda;
        }
    }

    /** The state every wrapper has: the lambda, its map and site; serialized as the lambda. */
    private abstract static class Ref implements Serializable {
        final Object lambda;
        final transient Map map;
        final transient int site;
        final transient boolean keyed;

        Ref(Object lambda, Map map, int site, boolean keyed) {
            this.lambda = lambda;
            this.map = map;
            this.site = site;
            this.keyed = keyed;
        }

        final void before(Object key) {
            if (keyed) {
                MapHooks.keyed(map, key, site);
            } else {
                MapHooks.access(map, site);
            }
        }

        final void after() {
            MapHooks.after(map);
        }

        final Object writeReplace() {
            return lambda;
        }
    }

    private static final class FunctionRef extends Ref implements Function {
        FunctionRef(Function f, Map m, int site, boolean keyed) {
            super(f, m, site, keyed);
        }

        @Override
        public Object apply(Object key) {
            before(key);
            try {
                return ((Function) lambda).apply(key);
            } finally {
                after();
            }
        }
    }

    private static final class BiFunctionRef extends Ref implements BiFunction {
        BiFunctionRef(BiFunction f, Map m, int site, boolean keyed) {
            super(f, m, site, keyed);
        }

        @Override
        public Object apply(Object key, Object value) {
            before(key);
            try {
                return ((BiFunction) lambda).apply(key, value);
            } finally {
                after();
            }
        }
    }

    private static final class PredicateRef extends Ref implements Predicate {
        PredicateRef(Predicate p, Map m, int site, boolean keyed) {
            super(p, m, site, keyed);
        }

        @Override
        public boolean test(Object key) {
            before(key);
            try {
                return ((Predicate) lambda).test(key);
            } finally {
                after();
            }
        }
    }

    private static final class SupplierRef extends Ref implements Supplier {
        SupplierRef(Supplier s, Map m, int site, boolean keyed) {
            super(s, m, site, keyed);
        }

        @Override
        public Object get() {
            before(null);
            try {
                return ((Supplier) lambda).get();
            } finally {
                after();
            }
        }
    }

    private static final class ConsumerRef extends Ref implements Consumer {
        ConsumerRef(Consumer c, Map m, int site, boolean keyed) {
            super(c, m, site, keyed);
        }

        @Override
        public void accept(Object key) {
            before(key);
            try {
                ((Consumer) lambda).accept(key);
            } finally {
                after();
            }
        }
    }

    private static final class BiConsumerRef extends Ref implements BiConsumer {
        BiConsumerRef(BiConsumer c, Map m, int site, boolean keyed) {
            super(c, m, site, keyed);
        }

        @Override
        public void accept(Object key, Object value) {
            before(key);
            try {
                ((BiConsumer) lambda).accept(key, value);
            } finally {
                after();
            }
        }
    }
}
