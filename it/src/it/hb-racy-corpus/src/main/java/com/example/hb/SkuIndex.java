package com.example.hb;

import java.util.HashMap;

/** Stock quantity per SKU: a user subclass of HashMap (not thread-safe, like its superclass). */
public class SkuIndex extends HashMap<String, Integer> {
    private static final long serialVersionUID = 1L;
}
