package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Phaser;

/**
 * A config rolled out in phases of a Phaser. Phase 0: the coordinator writes the config while the
 * nodes wait. Phase 1: the nodes read it while the coordinator waits. Phase 2: the coordinator
 * writes the nodes' acknowledgements (after all reads), and the nodes deregister.
 */
public final class PhasedConfigRollout {
    private final Map<String, String> config = new HashMap<>();
    private final Phaser phaser;

    public PhasedConfigRollout(int nodes) {
        this.phaser = new Phaser(nodes + 1); // nodes + coordinator
    }

    public void coordinate(int version) {
        config.put("version", Integer.toString(version));
        config.put("feature.x", "on");
        phaser.arriveAndAwaitAdvance(); // end of phase 0: config written
        phaser.arriveAndAwaitAdvance(); // end of phase 1: nodes have read it
        config.put("acknowledged", "all");
        phaser.arriveAndDeregister();
    }

    /** A node: waits for the config, reads it, tells the coordinator it is done. */
    public String node() {
        phaser.arriveAndAwaitAdvance(); // end of phase 0
        String seen = config.get("version") + "/" + config.get("feature.x");
        phaser.arriveAndAwaitAdvance(); // end of phase 1
        phaser.arriveAndDeregister();
        return seen;
    }

    public String acknowledged() {
        return config.get("acknowledged");
    }
}
