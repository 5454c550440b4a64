package com.acme.codes;

import java.util.HashMap;
import java.util.Map;

/**
 * A code-to-constant table filled in the static initializer and only read afterwards, never handed
 * out: the enum's initialization publishes it and nothing writes it again.
 */
public enum GoodEnumLookupTableOnlyRead {
    RED("r"), GREEN("g");

    private static final Map<String, GoodEnumLookupTableOnlyRead> BY_CODE = new HashMap<>();

    static {
        for (GoodEnumLookupTableOnlyRead color : values()) {
            BY_CODE.put(color.code, color);
        }
    }

    private final String code;

    GoodEnumLookupTableOnlyRead(String code) {
        this.code = code;
    }

    public static GoodEnumLookupTableOnlyRead of(String code) {
        return BY_CODE.get(code);
    }
}
