package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.MapReferences;
import io.github.maprace.agent.runtime.SerializableMapReferences;
import io.github.maprace.agent.runtime.Sites;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;
import net.bytebuddy.pool.TypePool;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

/**
 * Method references to map methods ({@code cache::get}, {@code Map::put}): the JDK-generated
 * lambda class makes that call, outside the project, so the rewriter points the lambda at a
 * {@link MapReferences} bridge instead and captures the site id as its first argument (an extra
 * {@code int} pushed before the {@code invokedynamic}). Serializable references
 * ({@code altMetafactory}) keep their target, which their deserialization checks: bound to a map,
 * they are wrapped after capture instead ({@link SerializableMapReferences}).
 */
final class MethodReferenceRewriter {
    private static final String METAFACTORY_OWNER = "java/lang/invoke/LambdaMetafactory";
    private static final String REFERENCES = Type.getInternalName(MapReferences.class);
    private static final String MAP = "Ljava/util/Map;";
    /** {@code name + descriptor-after-site-and-map} of every bridge. */
    private static final Set<String> BRIDGES = new HashSet<>();

    static {
        for (Method m : MapReferences.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                String d = Type.getMethodDescriptor(m);
                BRIDGES.add(m.getName() + "(" + d.substring(("(I" + MAP).length()));
            }
        }
    }

    private MethodReferenceRewriter() {
    }

    /**
     * Emits the rewritten {@code invokedynamic} and returns true, or returns false to keep it.
     *
     * @param site registers the reference's site: (operation, write, category) to site id
     */
    static boolean rewrite(MethodVisitor mv, String name, String descriptor, Handle bsm, Object[] bsmArgs,
                           TypeHierarchy hierarchy, TypePool typePool, SiteRegistrar site) {
        if (bsm.getOwner().equals(METAFACTORY_OWNER) && bsm.getName().equals("altMetafactory")) {
            return serializable(mv, name, descriptor, bsm, bsmArgs, hierarchy, typePool, site);
        }
        if (!bsm.getOwner().equals(METAFACTORY_OWNER) || !bsm.getName().equals("metafactory")
                || bsmArgs.length != 3 || !(bsmArgs[1] instanceof Handle impl)) {
            return false;
        }
        if (impl.getTag() != Opcodes.H_INVOKEINTERFACE && impl.getTag() != Opcodes.H_INVOKEVIRTUAL) {
            return false;
        }
        MapOperations.Kind kind = MapOperations.classify(impl.getName());
        String implDesc = impl.getDesc();
        if (kind == MapOperations.Kind.NONE || !BRIDGES.contains(impl.getName() + implDesc)
                || !hierarchy.isMap(impl.getOwner(), typePool)) {
            return false;
        }
        Type[] captured = Type.getArgumentTypes(descriptor);
        if (captured.length > 1) {
            return false;
        }
        Type[] args = Type.getArgumentTypes(implDesc);
        int category = impl.getName().equals("remove") && args.length == 2 ? 0 : Sites.category(impl.getName());
        int id = site.register(impl.getName(), kind == MapOperations.Kind.WRITE, category);
        mv.visitLdcInsn(id);
        if (captured.length == 1) {
            mv.visitInsn(Opcodes.SWAP); // [receiver, site] -> [site, receiver]
        }
        String invoked = "(I" + (captured.length == 1 ? MAP : "") + ")" + Type.getReturnType(descriptor);
        Handle bridge = new Handle(Opcodes.H_INVOKESTATIC, REFERENCES, impl.getName(),
                "(I" + MAP + implDesc.substring(1), false);
        mv.visitInvokeDynamicInsn(name, invoked, bsm, bsmArgs[0], bridge, bsmArgs[2]);
        return true;
    }

    /**
     * A serializable reference ({@code altMetafactory}) bound to a map ({@code map::get}): the JDK's
     * lambda stays (its deserialization checks its target), and is wrapped right after capture
     * ({@link SerializableMapReferences}). {@code [map]} becomes {@code [map, map]}, then
     * {@code [map, lambda]}, {@code [lambda, map, site, keyed]}, {@code [wrapped]}.
     */
    private static boolean serializable(MethodVisitor mv, String name, String descriptor, Handle bsm,
                                        Object[] bsmArgs, TypeHierarchy hierarchy, TypePool typePool,
                                        SiteRegistrar site) {
        if (bsmArgs.length < 3 || !(bsmArgs[1] instanceof Handle impl)
                || (impl.getTag() != Opcodes.H_INVOKEINTERFACE && impl.getTag() != Opcodes.H_INVOKEVIRTUAL)) {
            return false;
        }
        MapOperations.Kind kind = MapOperations.classify(impl.getName());
        Type[] captured = Type.getArgumentTypes(descriptor);
        if (kind == MapOperations.Kind.NONE || captured.length != 1 || captured[0].getSort() != Type.OBJECT
                || !hierarchy.isMap(impl.getOwner(), typePool)) {
            return false;
        }
        Type[] args = Type.getArgumentTypes(impl.getDesc());
        int category = impl.getName().equals("remove") && args.length == 2 ? 0 : Sites.category(impl.getName());
        int id = site.register(impl.getName(), kind == MapOperations.Kind.WRITE, category);
        boolean keyed = MapOperations.KEYED.contains(impl.getName()) && args.length >= 1;
        mv.visitInsn(Opcodes.DUP);
        mv.visitInvokeDynamicInsn(name, descriptor, bsm, bsmArgs);
        mv.visitInsn(Opcodes.SWAP);
        mv.visitLdcInsn(id);
        mv.visitInsn(keyed ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(SerializableMapReferences.class), "bound",
                "(Ljava/lang/Object;Ljava/lang/Object;IZ)Ljava/lang/Object;", false);
        mv.visitTypeInsn(Opcodes.CHECKCAST, Type.getReturnType(descriptor).getInternalName());
        return true;
    }

    /** Registers a site at the reference's location. */
    interface SiteRegistrar {
        int register(String operation, boolean write, int category);
    }
}
