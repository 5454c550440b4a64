package com.acme.init;

import java.util.HashMap;
import java.util.Map;

/**
 * A protected template method that only the synchronized start() of the parent calls: it runs under
 * the same monitor (this) as add(), as commons-lang's MultiBackgroundInitializer.getTaskCount.
 */
public class GoodTemplateMethodCalledUnderTheSuperclassLock extends Starter {
    private final Map<String, Starter> children = new HashMap<>();

    public synchronized void add(String name, Starter child) {
        children.put(name, child);
    }

    @Override
    protected int getTaskCount() {
        return 1 + children.size();
    }
}

abstract class Starter {
    private boolean started;

    public synchronized boolean start() {
        if (started) {
            return false;
        }
        started = true;
        System.out.println(getTaskCount() + " tasks");
        return true;
    }

    protected int getTaskCount() {
        return 1;
    }
}
