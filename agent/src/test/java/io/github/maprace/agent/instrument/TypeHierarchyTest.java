package io.github.maprace.agent.instrument;

import io.github.maprace.agent.instrument.fixtures.CountingMap;
import io.github.maprace.agent.instrument.fixtures.ThreadShapes;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TypeHierarchyTest {
    private final TypeHierarchy hierarchy = new TypeHierarchy();
    private final TypePool pool = TypePool.Default.of(ClassFileLocator.ForClassLoader.of(getClass().getClassLoader()));

    private static String internal(Class<?> type) {
        return type.getName().replace('.', '/');
    }

    @ParameterizedTest
    @ValueSource(strings = {"java/util/Map", "java/util/HashMap", "java/util/TreeMap", "java/util/NavigableMap",
            "java/util/SortedMap", "java/util/LinkedHashMap", "java/util/WeakHashMap", "java/util/EnumMap"})
    void shouldKnowTheJdkMapTypes(String internalName) {
        assertThat(hierarchy.isMap(internalName, TypePool.Empty.INSTANCE)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"java/util/List", "java/lang/String", "[Ljava/util/Map;"})
    void shouldNotRewriteOtherJdkTypesOrArrays(String internalName) {
        assertThat(hierarchy.isMap(internalName, pool)).isFalse();
        assertThat(hierarchy.isTrackedMapClass(internalName, pool)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"java/util/concurrent/ConcurrentHashMap", "java/util/Hashtable",
            "java/util/concurrent/ConcurrentMap"})
    void shouldRewriteConcurrentMapCallsAsSyncObjectsButNotTrackTheirAllocation(String internalName) {
        assertThat(hierarchy.isMap(internalName, pool)).isTrue();
        assertThat(hierarchy.isTrackedMapClass(internalName, pool)).isFalse();
    }

    @Test
    void shouldRecogniseAUserSubclassOfHashMapFromItsClassFile() {
        assertThat(hierarchy.isMap(internal(CountingMap.class), pool)).isTrue();
        assertThat(hierarchy.isTrackedMapClass(internal(CountingMap.class), pool)).isTrue();
        assertThat(hierarchy.isThread(internal(CountingMap.class), pool)).isFalse();
    }

    @Test
    void shouldRecogniseAUserSubclassOfThread() {
        assertThat(hierarchy.isThread("java/lang/Thread", TypePool.Empty.INSTANCE)).isTrue();
        assertThat(hierarchy.isThread(internal(ThreadShapes.Worker.class), pool)).isTrue();
        assertThat(hierarchy.isMap(internal(ThreadShapes.Worker.class), pool)).isFalse();
    }

    @Test
    void shouldTreatAnUnresolvableOwnerAsNeither() {
        assertThat(hierarchy.isMap("com/acme/DoesNotExist", pool)).isFalse();
        assertThat(hierarchy.isThread("com/acme/DoesNotExist", pool)).isFalse();
        assertThat(hierarchy.isMap(internal(CountingMap.class), TypePool.Empty.INSTANCE))
                .as("a pool that cannot see the class").isFalse();
    }

    @Test
    void shouldKnowWhichMapClassesAreTrackedAllocations() {
        assertThat(hierarchy.isTrackedMapClass("java/util/HashMap", pool)).isTrue();
        assertThat(hierarchy.isTrackedMapClass("java/util/IdentityHashMap", pool)).isTrue();
        assertThat(hierarchy.isTrackedMapClass("java/util/Map", pool)).as("an interface is never constructed")
                .isFalse();
    }
}
