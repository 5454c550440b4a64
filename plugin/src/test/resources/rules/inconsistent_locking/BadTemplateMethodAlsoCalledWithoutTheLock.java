package com.acme.init;

import java.util.HashMap;
import java.util.Map;

/** The same template method, but the parent also calls it from an unsynchronized method. */
public class BadTemplateMethodAlsoCalledWithoutTheLock extends LooseStarter {
    private final Map<String, LooseStarter> children = new HashMap<>();

    public synchronized void add(String name, LooseStarter child) {
        children.put(name, child); // related: INCONSISTENT_LOCKING
    }

    @Override
    protected int getTaskCount() {
        return 1 + children.size(); // expect: INCONSISTENT_LOCKING
    }
}

abstract class LooseStarter {
    private boolean started;

    public synchronized boolean start() {
        started = true;
        return getTaskCount() > 0;
    }

    public int describe() {
        return getTaskCount();
    }

    protected int getTaskCount() {
        return 1;
    }
}
