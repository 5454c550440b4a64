package com.acme.codes;

import java.util.HashMap;
import java.util.Map;

/** A code-to-constant table filled in the static initializer and only read afterwards. */
public enum BadEnumLookupTable {
    RED("r"), GREEN("g");

    private static final Map<String, BadEnumLookupTable> BY_CODE = new HashMap<>(); // expect: MUTABLE_AFTER_INIT

    static {
        for (BadEnumLookupTable color : values()) {
            BY_CODE.put(color.code, color); // related: MUTABLE_AFTER_INIT
        }
    }

    private final String code;

    BadEnumLookupTable(String code) {
        this.code = code;
    }

    public static BadEnumLookupTable of(String code) {
        return BY_CODE.get(code);
    }
}
