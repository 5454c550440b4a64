package com.acme.codes;

import java.util.HashMap;
import java.util.Map;

/** The same table, kept as an immutable copy. */
public enum GoodCopyOfLookupTable {
    RED("r"), GREEN("g");

    private static final Map<String, GoodCopyOfLookupTable> BY_CODE;

    static {
        Map<String, GoodCopyOfLookupTable> byCode = new HashMap<>();
        for (GoodCopyOfLookupTable color : values()) {
            byCode.put(color.code, color);
        }
        BY_CODE = Map.copyOf(byCode);
    }

    private final String code;

    GoodCopyOfLookupTable(String code) {
        this.code = code;
    }

    public static GoodCopyOfLookupTable of(String code) {
        return BY_CODE.get(code);
    }
}
