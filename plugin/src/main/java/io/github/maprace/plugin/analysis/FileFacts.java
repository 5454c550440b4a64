package io.github.maprace.plugin.analysis;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import spoon.Launcher;
import spoon.reflect.declaration.CtCompilationUnit;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtType;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.CtScanner;

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

    /** Map classes of the JDK whose names do not end in {@code Map}. */
    private static final Set<String> JDK_MAPS = Set.of("Hashtable", "Properties", "Provider", "Attributes",
            "Bindings", "SimpleBindings", "UIDefaults", "RenderingHints", "Headers");

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
        boolean[] mapFields = {false};
        CtScanner scanner = new CtScanner() {
            @Override
            protected void enter(CtElement e) {
                if (e instanceof CtType<?> type) {
                    if (type.getSuperclass() != null) {
                        supertypes.add(topLevelName(type.getSuperclass()));
                    }
                    type.getSuperInterfaces().forEach(i -> supertypes.add(topLevelName(i)));
                } else if (e instanceof CtField<?> field && !mapFields[0]) {
                    mapFields[0] = isMap(field.getType());
                }
            }
        };
        for (CtType<?> top : unit.getDeclaredTypes()) {
            declared.add(top.getSimpleName());
            scanner.scan(top);
        }
        return new FileFacts(declared, supertypes, mapFields[0]);
    }

    private static String topLevelName(CtTypeReference<?> type) {
        try {
            return type.getTopLevelType().getSimpleName();
        } catch (RuntimeException e) {
            return type.getSimpleName();
        }
    }

    /**
     * Generous on purpose: a false yes costs a wider recheck, a false no a stale finding. A type
     * of the project is asked for its supertypes; any other is judged by name, since asking Spoon
     * about a type outside the model loads its class by reflection.
     */
    private static boolean isMap(CtTypeReference<?> type) {
        if (type == null || type.isPrimitive()) {
            return false;
        }
        String name = type.getSimpleName();
        if (name.endsWith("Map") || JDK_MAPS.contains(name)) {
            return true;
        }
        try {
            return type.getDeclaration() != null
                    && type.isSubtypeOf(type.getFactory().Type().createReference(java.util.Map.class));
        } catch (RuntimeException e) {
            return true;
        }
    }
}
