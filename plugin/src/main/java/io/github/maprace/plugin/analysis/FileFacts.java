package io.github.maprace.plugin.analysis;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import spoon.Launcher;
import spoon.reflect.declaration.CtCompilationUnit;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtType;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * What the static cache keeps about a file from its model, to decide after a change which other
 * files' findings may move with it.
 *
 * @param declaredTypes  simple names of the file's top-level types (other files name a nested type
 *                       through its top-level one, or inherit it from a supertype)
 * @param supertypes     simple names of the top-level types of the superclasses and interfaces of
 *                       every type in the file
 * @param mapFieldOwner  whether the file declares a field of a map type: the rules look for such a
 *                       field's uses in other files too, so any file that names one of its types
 *                       can change its findings
 */
record FileFacts(Set<String> declaredTypes, Set<String> supertypes, boolean mapFieldOwner) {

    FileFacts {
        declaredTypes = Set.copyOf(declaredTypes);
        supertypes = Set.copyOf(supertypes);
    }

    /** The facts of every compilation unit of a built model, by canonical file. */
    static Map<Path, FileFacts> of(Launcher launcher) {
        Map<Path, FileFacts> facts = new HashMap<>();
        for (CtCompilationUnit unit : launcher.getFactory().CompilationUnit().getMap().values()) {
            if (unit.getFile() != null) {
                facts.put(SourceFiles.canonical(unit.getFile().toPath()), of(unit));
            }
        }
        return facts;
    }

    private static FileFacts of(CtCompilationUnit unit) {
        Set<String> declared = new TreeSet<>();
        Set<String> supertypes = new TreeSet<>();
        boolean mapFields = false;
        for (CtType<?> top : unit.getDeclaredTypes()) {
            declared.add(top.getSimpleName());
            for (CtType<?> type : top.getElements(new TypeFilter<CtType<?>>(CtType.class))) {
                if (type.getSuperclass() != null) {
                    supertypes.add(topLevelName(type.getSuperclass()));
                }
                type.getSuperInterfaces().forEach(i -> supertypes.add(topLevelName(i)));
            }
            for (CtField<?> field : top.getElements(new TypeFilter<CtField<?>>(CtField.class))) {
                mapFields |= isMap(field.getType());
            }
        }
        return new FileFacts(declared, supertypes, mapFields);
    }

    private static String topLevelName(CtTypeReference<?> type) {
        try {
            return type.getTopLevelType().getSimpleName();
        } catch (RuntimeException e) {
            return type.getSimpleName();
        }
    }

    /** Generous on purpose: a false yes costs a wider recheck, a false no a stale finding. */
    private static boolean isMap(CtTypeReference<?> type) {
        if (type == null) {
            return false;
        }
        if (type.getSimpleName().endsWith("Map")) {
            return true;
        }
        try {
            return type.isSubtypeOf(type.getFactory().Type().createReference(java.util.Map.class));
        } catch (RuntimeException e) {
            return true;
        }
    }
}
