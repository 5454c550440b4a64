package io.github.maprace.agent.instrument;

import io.github.maprace.agent.runtime.ClassInitHooks;
import io.github.maprace.agent.runtime.CollectionHooks;
import io.github.maprace.agent.runtime.ForkJoinHooks;
import io.github.maprace.agent.runtime.LockHooks;
import io.github.maprace.agent.runtime.MonitorHooks;
import io.github.maprace.agent.runtime.SyncHooks;
import io.github.maprace.agent.runtime.ThreadHooks;
import net.bytebuddy.jar.asm.Type;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which runtime facade a synchronization hook lives in, by its name: the rules
 * ({@link SyncRules}) and the rewriters name hooks, the facades are split by JDK concept (one
 * class per concept, as OpenTelemetry's agent has). Hook names are unique across these facades.
 */
final class SyncHookOwners {
    private static final Map<String, String> OWNERS = build();

    private SyncHookOwners() {
    }

    private static Map<String, String> build() {
        Map<String, String> owners = new HashMap<>();
        for (Class<?> facade : List.of(SyncHooks.class, MonitorHooks.class, LockHooks.class, ThreadHooks.class,
                CollectionHooks.class, ForkJoinHooks.class, ClassInitHooks.class)) {
            for (Method m : facade.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                    String previous = owners.put(m.getName(), Type.getInternalName(facade));
                    if (previous != null && !previous.equals(Type.getInternalName(facade))) {
                        throw new IllegalStateException("hook " + m.getName() + " in two facades");
                    }
                }
            }
        }
        return Map.copyOf(owners);
    }

    /** The internal name of the facade that declares hook {@code name}. */
    static String of(String name) {
        String owner = OWNERS.get(name);
        if (owner == null) {
            throw new IllegalArgumentException("no synchronization hook named " + name);
        }
        return owner;
    }
}
