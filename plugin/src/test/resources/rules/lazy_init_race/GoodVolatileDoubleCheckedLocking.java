package com.acme.i18n;

import java.util.HashMap;
import java.util.Map;

/** Double-checked locking on a volatile field is correct. */
public class GoodVolatileDoubleCheckedLocking {
    private volatile Map<String, String> messages;

    public String message(String key) {
        Map<String, String> result = messages;
        if (result == null) {
            synchronized (this) {
                result = messages;
                if (result == null) {
                    messages = result = load();
                }
            }
        }
        return result.get(key);
    }

    private Map<String, String> load() {
        return new HashMap<>();
    }
}
