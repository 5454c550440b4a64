package io.github.maprace.bench;

import io.github.maprace.agent.runtime.Sites;

/**
 * Call-site ids for the benchmarks, registered the way the instrumenter registers them (one id per
 * call site, with the write bit and the check/act category the real rewriter would give).
 */
final class BenchSites {
    static final int ALLOC = site("<init>", false, 0);
    static final int GET = site("get", false, Sites.CHECK);
    static final int PUT = site("put", true, Sites.ACT);
    static final int CHM_GET = site("get", false, Sites.CHECK);
    static final int CHM_PUT = site("put", true, Sites.ACT);
    static final int MERGE = site("merge", true, 0);

    private BenchSites() {
    }

    private static int site(String operation, boolean write, int category) {
        return Sites.register("io.github.maprace.bench.Bench", "bench", "Bench.java", 1, operation, write, category);
    }
}
