package io.github.maprace.agent.runtime;

/**
 * The table of instrumented call sites. A site id is assigned once, when a class is transformed,
 * and instrumented code passes it as an int constant, so recording an access needs no stack walk.
 * The low bits of an access site id say whether the operation writes the map (bit 0), whether
 * it is the check or the act of a check-then-act on a concurrent map (bits 1-2), and whether it
 * writes an access-ordered {@code LinkedHashMap} although it reads others (bit 3: {@code get}
 * and {@code getOrDefault} move the entry to the end).
 */
public final class Sites {
    private static final Object LOCK = new Object();
    private static String[] owners = new String[1024];
    private static String[] methods = new String[1024];
    private static String[] files = new String[1024];
    private static int[] lines = new int[1024];
    private static String[] operations = new String[1024];
    private static String[] fields = new String[1024];
    private static int count;

    private Sites() {
    }

    /**
     * Registers a call site.
     *
     * @param owner     binary name of the class that contains the call, e.g. {@code com.acme.Cache}
     * @param method    the enclosing method's name
     * @param file      the source file name from the class file, or {@code null}
     * @param line      source line, or 0
     * @param operation the called method, e.g. {@code put}
     * @param write     whether the operation writes the map
     * @return the site id to embed in instrumented code
     */
    public static int register(String owner, String method, String file, int line, String operation, boolean write) {
        return register(owner, method, file, line, operation, write, category(operation));
    }

    /** As {@link #register(String, String, String, int, String, boolean)}, with an explicit check/act category. */
    public static int register(String owner, String method, String file, int line, String operation, boolean write,
                               int category) {
        synchronized (LOCK) {
            if (count == owners.length) {
                grow();
            }
            int index = count++;
            owners[index] = owner;
            methods[index] = method;
            files[index] = file == null ? "" : file;
            lines[index] = line;
            operations[index] = operation;
            boolean relinks = operation.equals("get") || operation.equals("getOrDefault");
            return (index << INDEX_SHIFT) | (relinks ? RELINKS : 0) | (category << 1) | (write ? 1 : 0);
        }
    }

    /** Category of a check: {@code get}, {@code containsKey}, {@code getOrDefault}. */
    public static final int CHECK = 1;
    /** Category of an act that can lose an update after a check: {@code put}, {@code remove(k)}, {@code replace(k, v)}. */
    public static final int ACT = 2;
    /** Category of a traversal through a view (iterator, stream, spliterator). */
    public static final int ITERATION = 3;

    /** The category an operation has when called with its usual one or two arguments. */
    public static int category(String operation) {
        return switch (operation) {
            case "get", "containsKey", "getOrDefault" -> CHECK;
            case "put", "remove", "replace" -> ACT;
            default -> 0;
        };
    }

    private static final int INDEX_SHIFT = 4;
    private static final int RELINKS = 8;

    /** The index of a site in the table, the same for all its flag bits. */
    public static int index(int site) {
        return site >>> INDEX_SHIFT;
    }

    /** True when the site reads most maps but writes an access-ordered {@code LinkedHashMap}. */
    public static boolean relinksAccessOrder(int site) {
        return (site & RELINKS) != 0;
    }

    /** The same site judged as a write (an access-ordered map's {@code get}). */
    static int asWrite(int site) {
        return site | 1;
    }

    /** The check/act category of an access site. */
    public static int categoryOf(int site) {
        return (site >>> 1) & 3;
    }

    /** True when the site writes the map. */
    public static boolean isWrite(int site) {
        return (site & 1) != 0;
    }

    /** Appends the site's fields to a log record, each key prefixed with {@code prefix}. */
    public static void describe(StringBuilder record, String prefix, int site) {
        synchronized (LOCK) {
            int index = index(site);
            boolean known = site >= 0 && index < count;
            LogCodec.field(record, prefix + "class", known ? owners[index] : "");
            LogCodec.field(record, prefix + "method", known ? methods[index] : "");
            LogCodec.field(record, prefix + "file", known ? files[index] : "");
            LogCodec.field(record, prefix + "line", known ? lines[index] : 0);
            LogCodec.field(record, prefix + "op", known ? operations[index] : "");
            LogCodec.field(record, prefix + "write", known && isWrite(site));
            if (known && fields[index] != null) {
                LogCodec.field(record, prefix + "field", fields[index]);
            }
        }
    }

    /** The site as a stack frame, {@code com.acme.Cache.put(Cache.java:12)}, by table index. */
    static String frame(int index) {
        synchronized (LOCK) {
            if (index < 0 || index >= count) {
                return "unknown";
            }
            return owners[index] + "." + methods[index] + "(" + (files[index].isEmpty() ? "Unknown Source"
                    : files[index] + (lines[index] > 0 ? ":" + lines[index] : "")) + ")";
        }
    }

    /**
     * A key for the site that is the same in every run of the same code ({@code String.hashCode} of
     * its frame and operation), unlike the site id, which depends on the order classes were loaded.
     */
    static int stableKey(int site) {
        synchronized (LOCK) {
            int index = index(site);
            if (index < 0 || index >= count) {
                return 0;
            }
            return (owners[index] + '.' + methods[index] + ':' + lines[index] + ' ' + operations[index]).hashCode();
        }
    }

    /** Records that the map created at allocation site {@code site} is stored in {@code field}. */
    public static void setField(int site, String field) {
        synchronized (LOCK) {
            int index = index(site);
            if (index < count) {
                fields[index] = field;
            }
        }
    }

    /** Number of registered sites. */
    public static int count() {
        synchronized (LOCK) {
            return count;
        }
    }

    private static void grow() {
        int n = owners.length * 2;
        owners = java.util.Arrays.copyOf(owners, n);
        methods = java.util.Arrays.copyOf(methods, n);
        files = java.util.Arrays.copyOf(files, n);
        lines = java.util.Arrays.copyOf(lines, n);
        operations = java.util.Arrays.copyOf(operations, n);
        fields = java.util.Arrays.copyOf(fields, n);
    }
}
