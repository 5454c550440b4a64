package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.ConcurrencyBridges;
import io.github.maprace.agent.runtime.FieldBridges;
import io.github.maprace.agent.runtime.StageBridges;
import net.bytebuddy.jar.asm.Type;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bridge methods of the runtime, found by reflection: a public static method named like the
 * call it replaces, whose first parameter is the receiver's type (the family) and whose other
 * parameters and return type are the call's. A call {@code owner.name(desc)} is replaced when
 * the owner is of the family.
 */
final class BridgeTable {
    /** One bridge: the family (internal name) and the bridge's own descriptor. */
    record Bridge(String family, String owner, String name, String descriptor) {
    }

    private final Map<String, List<Bridge>> byCall = new HashMap<>();

    BridgeTable() {
        for (Class<?> c : List.of(ConcurrencyBridges.class, StageBridges.class, FieldBridges.class)) {
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || !Modifier.isStatic(m.getModifiers())
                        || m.getParameterCount() == 0) {
                    continue;
                }
                Class<?>[] params = m.getParameterTypes();
                StringBuilder callDesc = new StringBuilder("(");
                for (int i = 1; i < params.length; i++) {
                    callDesc.append(Type.getDescriptor(params[i]));
                }
                callDesc.append(')').append(Type.getDescriptor(m.getReturnType()));
                Bridge b = new Bridge(Type.getInternalName(params[0]), Type.getInternalName(c), m.getName(),
                        Type.getMethodDescriptor(m));
                byCall.computeIfAbsent(m.getName() + callDesc, k -> new ArrayList<>()).add(b);
            }
        }
    }

    /** The bridges that could replace {@code name(descriptor)}, or an empty list. */
    List<Bridge> candidates(String name, String descriptor) {
        List<Bridge> out = byCall.get(name + descriptor);
        return out == null ? List.of() : out;
    }
}
