package com.example.hb;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.StampedLock;

/** Postal code to city, a TreeMap guarded by a StampedLock's write and read locks. */
public final class GeoIndex {
    private final StampedLock sl = new StampedLock();
    private final Map<String, String> cityByPostcode = new TreeMap<>();

    public void add(String postcode, String city) {
        long stamp = sl.writeLock();
        try {
            cityByPostcode.put(postcode, city);
        } finally {
            sl.unlockWrite(stamp);
        }
    }

    public String city(String postcode) {
        long stamp = sl.readLock();
        try {
            return cityByPostcode.get(postcode);
        } finally {
            sl.unlockRead(stamp);
        }
    }

    public int size() {
        long stamp = sl.readLock();
        try {
            return cityByPostcode.size();
        } finally {
            sl.unlockRead(stamp);
        }
    }
}
