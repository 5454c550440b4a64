package com.acme.i18n;

import java.util.HashMap;
import java.util.Map;

/** Textbook double-checked locking, minus the volatile. */
public class BadDoubleCheckedLocking {
    private Map<String, String> messages;

    public String message(String key) {
        if (messages == null) { // related: LAZY_INIT_RACE
            synchronized (this) {
                if (messages == null) { // related: LAZY_INIT_RACE
                    messages = load(); // expect: LAZY_INIT_RACE
                }
            }
        }
        return messages.get(key);
    }

    private Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        m.put("hello", "Hallo");
        return m;
    }
}
