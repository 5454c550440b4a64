package io.github.maprace.bench;

import io.github.maprace.agent.runtime.MapHooks;
import org.openjdk.jol.info.ClassLayout;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * Memory check, run as a plain program with the default heap:
 * {@code java -cp bench/target/benchmarks.jar io.github.maprace.bench.ShortLivedMaps [millions]}.
 *
 * <ol>
 *   <li>Creates millions of short-lived HashMaps with a few hooked accesses each and prints the
 *       used heap after a GC and the weak table's size every million: both must stay flat.</li>
 *   <li>Keeps 200,000 small maps alive, once without and once with shadows, and divides the used
 *       heap difference after GC by the count: the detector's bytes per tracked map.</li>
 *   <li>Prints the JOL layout of the per-map objects (shadow, weak-table entry) for comparison.</li>
 * </ol>
 */
public final class ShortLivedMaps {
    private static final int RETAINED = 200_000;

    private ShortLivedMaps() {
    }

    /** See the class comment; the optional argument is the number of millions of maps (default 10). */
    public static void main(String[] args) throws Exception {
        int millions = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("max heap %d MB, %d processors%n", rt.maxMemory() >> 20, rt.availableProcessors());

        long sink = 0;
        long start = System.nanoTime();
        for (int round = 1; round <= millions; round++) {
            for (int i = 0; i < 1_000_000; i++) {
                sink += shortLived(i);
            }
            System.out.printf("after %2d M maps: used heap %4d MB, live shadows %,d%n",
                    round, usedAfterGc() >> 20, shadowCount());
        }
        double nsPerMap = (System.nanoTime() - start) / (millions * 1e6);
        System.out.printf("%.0f ns per short-lived map (hooked, including the GC calls above); sink %d%n",
                nsPerMap, sink);

        Object[] keep = new Object[RETAINED];
        long base = usedAfterGc();
        for (int i = 0; i < RETAINED; i++) {
            keep[i] = small(i, false);
        }
        long plain = usedAfterGc() - base;
        keep = new Object[RETAINED];
        usedAfterGc();
        base = usedAfterGc();
        for (int i = 0; i < RETAINED; i++) {
            keep[i] = small(i, true);
        }
        long tracked = usedAfterGc() - base;
        System.out.printf("retained %,d small maps: %d bytes/map plain, %d bytes/map tracked, "
                        + "detector %d bytes/map (live shadows %,d)%n",
                RETAINED, plain / RETAINED, tracked / RETAINED, (tracked - plain) / RETAINED, shadowCount());
        if (keep.length == 0) {
            System.out.println();
        }

        Class<?> shadow = Class.forName("io.github.maprace.agent.runtime.MapShadow");
        Class<?> entry = Class.forName("io.github.maprace.agent.runtime.WeakIdentityTable$Entry");
        System.out.println(ClassLayout.parseClass(shadow).toPrintable());
        System.out.println(ClassLayout.parseClass(entry).toPrintable());
    }

    private static int shortLived(int n) {
        HashMap<String, Integer> m = new HashMap<>();
        MapHooks.allocated(m, BenchSites.ALLOC);
        MapHooks.keyed(m, "a", BenchSites.PUT);
        m.put("a", n);
        MapHooks.keyed(m, "b", BenchSites.PUT);
        m.put("b", n);
        MapHooks.keyed(m, "a", BenchSites.GET);
        return m.get("a");
    }

    private static Map<String, Integer> small(int n, boolean hooked) {
        HashMap<String, Integer> m = new HashMap<>();
        if (hooked) {
            MapHooks.allocated(m, BenchSites.ALLOC);
            MapHooks.keyed(m, "a", BenchSites.PUT);
        }
        m.put("a", n);
        return m;
    }

    /** Used heap after a few GCs (the least of four readings). */
    static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    /** Live entries in the shadow table (expunges cleared ones first). */
    private static int shadowCount() {
        try {
            Method size = Class.forName("io.github.maprace.agent.runtime.Shadows").getDeclaredMethod("size");
            size.setAccessible(true);
            return (Integer) size.invoke(null);
        } catch (ReflectiveOperationException e) {
            return -1;
        }
    }
}
