package com.example.hb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

/**
 * Invoice totals per customer with {@code invokeAll}: each task reads the shared unit price table
 * (filled before invokeAll) and fills its own result HashMap, which the caller reads once invokeAll
 * has returned (without calling Future.get, so only invokeAll's completion orders the reads).
 */
public final class InvoiceTotals {
    private final Map<String, Long> unitPriceCents = new HashMap<>();

    /** One customer's lines (product names, one unit each), totalled per product. */
    public final class CustomerTask implements Callable<Void> {
        final String customer;
        final List<String> lines;
        final Map<String, Long> totalByProduct = new HashMap<>();

        CustomerTask(String customer, List<String> lines) {
            this.customer = customer;
            this.lines = lines;
        }

        @Override
        public Void call() {
            for (String product : lines) {
                totalByProduct.merge(product, unitPriceCents.getOrDefault(product, 0L), Long::sum);
            }
            return null;
        }

        public long total() {
            long sum = 0;
            for (long cents : totalByProduct.values()) {
                sum += cents;
            }
            return sum;
        }
    }

    public InvoiceTotals() {
        unitPriceCents.put("pen", 150L);
        unitPriceCents.put("paper", 499L);
        unitPriceCents.put("stapler", 1299L);
    }

    public List<CustomerTask> totals(ExecutorService pool, Map<String, List<String>> linesByCustomer)
            throws InterruptedException {
        List<CustomerTask> tasks = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : linesByCustomer.entrySet()) {
            tasks.add(new CustomerTask(e.getKey(), e.getValue()));
        }
        pool.invokeAll(tasks);
        return tasks;
    }
}
