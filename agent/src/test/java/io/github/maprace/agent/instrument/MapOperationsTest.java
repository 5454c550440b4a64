package io.github.maprace.agent.instrument;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MapOperationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"put", "putAll", "remove", "clear", "putIfAbsent", "compute", "computeIfAbsent",
            "computeIfPresent", "merge", "replace", "replaceAll", "pollFirstEntry", "pollLastEntry"})
    void shouldClassifyStructuralAndValueChangesAsWrites(String name) {
        assertThat(MapOperations.classify(name)).isEqualTo(MapOperations.Kind.WRITE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"get", "getOrDefault", "containsKey", "containsValue", "size", "isEmpty", "keySet",
            "values", "entrySet", "forEach", "firstKey", "headMap", "tailMap", "subMap", "descendingMap"})
    void shouldClassifyLookupsAndViewsAsReads(String name) {
        assertThat(MapOperations.classify(name)).isEqualTo(MapOperations.Kind.READ);
    }

    @ParameterizedTest
    @ValueSource(strings = {"getClass", "notify", "wait", "comparator", "increment", ""})
    void shouldLeaveOtherMethodsAlone(String name) {
        assertThat(MapOperations.classify(name)).isEqualTo(MapOperations.Kind.NONE);
    }
}
