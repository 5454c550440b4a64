package io.github.maprace.agent.instrument;

import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.pool.TypePool;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "is this field volatile?" for a field instruction, from class files through the type
 * pool (the field may be declared in a superclass). JDK fields are not asked about: project code
 * rarely touches them directly and resolving them would slow every transformation.
 */
final class VolatileFields {
    private final Map<String, Boolean> cache = new ConcurrentHashMap<>();

    boolean isVolatile(String owner, String name, String descriptor, TypePool pool) {
        if (owner.startsWith("java/") || owner.startsWith("[")) {
            return false;
        }
        return cache.computeIfAbsent(owner + '.' + name + ':' + descriptor, k -> resolve(owner, name, pool));
    }

    private static boolean resolve(String owner, String name, TypePool pool) {
        try {
            TypePool.Resolution r = pool.describe(owner.replace('/', '.'));
            if (!r.isResolved()) {
                return false;
            }
            for (TypeDefinition t = r.resolve(); t != null; t = t.getSuperClass()) {
                for (FieldDescription f : t.getDeclaredFields()) {
                    if (f.getName().equals(name)) {
                        return f.isVolatile();
                    }
                }
            }
            return false;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
