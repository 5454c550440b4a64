package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.Sites;
import net.bytebuddy.pool.TypePool;

/**
 * What the visitors of one method share: where it is (for site ids), how to resolve types, and
 * the current source line, which the outermost visitor keeps.
 */
final class MethodSite {
    final String owner;
    final String method;
    final String sourceFile;
    final TypeHierarchy hierarchy;
    final TypePool typePool;
    /** Whether class constants ({@code LDC} of a class) are allowed: class file version 49 or later. */
    final boolean classConstants;
    int line;

    MethodSite(String owner, String method, String sourceFile, TypeHierarchy hierarchy, TypePool typePool,
               boolean classConstants) {
        this.owner = owner;
        this.method = method;
        this.sourceFile = sourceFile;
        this.hierarchy = hierarchy;
        this.typePool = typePool;
        this.classConstants = classConstants;
    }

    /** A site id for an operation at the current line. */
    int register(String operation, boolean write) {
        return Sites.register(owner, method, sourceFile, line, operation, write);
    }

    /** A site id for an operation at the current line, with its category ({@link Sites#category}). */
    int register(String operation, boolean write, int category) {
        return Sites.register(owner, method, sourceFile, line, operation, write, category);
    }
}
