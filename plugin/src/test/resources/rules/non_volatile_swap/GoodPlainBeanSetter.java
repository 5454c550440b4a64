package com.acme.model;

import java.util.HashMap;
import java.util.Map;

/** A plain data object with a setter: nothing says another thread reads it. */
public class GoodPlainBeanSetter {
    private Map<String, String> attributes = new HashMap<>();

    public void setAttributes(Map<String, String> attributes) {
        this.attributes = new HashMap<>(attributes);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }
}
