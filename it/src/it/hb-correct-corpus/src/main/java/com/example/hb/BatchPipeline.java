package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Order batches handed from a producer to a consumer through a BlockingQueue: the producer fills a
 * new HashMap per batch and never touches it after put(); the consumer reads it after take().
 */
public final class BatchPipeline {
    private static final Map<String, Integer> END = new HashMap<>();
    private final BlockingQueue<Map<String, Integer>> queue = new ArrayBlockingQueue<>(4);

    public void produce(int batches, int linesPerBatch) throws InterruptedException {
        for (int b = 0; b < batches; b++) {
            Map<String, Integer> batch = new HashMap<>();
            for (int i = 0; i < linesPerBatch; i++) {
                batch.put("b" + b + "-sku" + i, i + 1);
            }
            queue.put(batch);
        }
        queue.put(END);
    }

    /** Sums the quantities of all batches until the end marker. */
    public long consume() throws InterruptedException {
        long units = 0;
        for (Map<String, Integer> batch = queue.take(); batch != END; batch = queue.take()) {
            for (Map.Entry<String, Integer> line : batch.entrySet()) {
                units += line.getValue();
            }
        }
        return units;
    }
}
