package com.example.jvm;

/**
 * The number of export formats, taken once, in this class's static initializer: it reads
 * Registry's map on whichever thread first uses Snapshot. Class initialization orders Registry's
 * own initializer before that read, not the later registrations.
 */
public final class Snapshot {
    public static final int SIZE = Registry.SHARED.size(); // race: class-init-read

    private Snapshot() {
    }
}
