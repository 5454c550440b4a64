package com.acme.cli;

import java.util.HashMap;
import java.util.Map;

/** A command-line option parser: no sign of threads, lazy init is fine. */
public class GoodSingleThreadedLazyInit {
    private Map<String, String> options;

    public void option(String name, String value) {
        if (options == null) {
            options = new HashMap<>();
        }
        options.put(name, value);
    }
}
