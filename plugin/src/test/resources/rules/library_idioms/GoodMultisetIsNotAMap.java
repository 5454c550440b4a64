package com.acme.idioms;

import com.google.common.collect.Multiset;
import java.util.Iterator;

/** Guava Multisets.removeOccurrences: a Multiset has entrySet() and remove(x, n) but is no java.util.Map. */
public class GoodMultisetIsNotAMap {
    public static boolean removeOccurrences(Multiset<String> toModify, Multiset<String> toRemove) {
        boolean changed = false;
        Iterator<Multiset.Entry<String>> entryIterator = toModify.entrySet().iterator();
        while (entryIterator.hasNext()) {
            Multiset.Entry<String> entry = entryIterator.next();
            int removeCount = toRemove.count(entry.getElement());
            if (removeCount >= entry.getCount()) {
                entryIterator.remove();
                changed = true;
            } else if (removeCount > 0) {
                toModify.remove(entry.getElement(), removeCount);
                changed = true;
            }
        }
        return changed;
    }
}
