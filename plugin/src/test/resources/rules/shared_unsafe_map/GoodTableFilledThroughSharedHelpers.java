package com.acme.arch;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A static table filled by private helpers the static initializer calls along several paths (two
 * init methods share addAll, which fills through a stream's forEach): all of it is class
 * initialization, as in commons-lang's ArchUtils.
 */
public final class GoodTableFilledThroughSharedHelpers {
    private static final Map<String, String> BY_ARCH = new HashMap<>();

    static {
        init();
    }

    private static void init() {
        init32();
        init64();
    }

    private static void init32() {
        addAll("32", "x86", "i386");
    }

    private static void init64() {
        addAll("64", "amd64", "x86_64");
    }

    private static void addAll(String bits, String... names) {
        Stream.of(names).forEach(name -> add(name, bits));
    }

    private static void add(String name, String bits) {
        if (BY_ARCH.containsKey(name)) {
            throw new IllegalStateException(name);
        }
        BY_ARCH.put(name, bits);
    }

    public static String bits(String arch) {
        return BY_ARCH.get(arch);
    }
}
