package com.example.hb;

import java.util.HashMap;
import java.util.Map;

/** ISO codes to names, filled in the static initializer and only read afterwards. */
public final class CountryCodes {
    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        NAMES.put("DE", "Germany");
        NAMES.put("FR", "France");
        NAMES.put("IT", "Italy");
        NAMES.put("ES", "Spain");
        NAMES.put("NL", "Netherlands");
    }

    private CountryCodes() {
    }

    public static String name(String code) {
        return NAMES.getOrDefault(code, "?");
    }
}
