package com.example.jvm;

import java.util.HashMap;
import java.util.Map;

/**
 * Request quota per tenant. The nightly reset writes every value in place through Map.Entry's
 * setValue (no structural change, no modCount change): still a write of the HashMap, unordered
 * with the lookups of the request threads.
 */
public final class QuotaTable {
    private final Map<String, Integer> quotaByTenant = new HashMap<>();

    public QuotaTable() {
        quotaByTenant.put("acme", 500);
        quotaByTenant.put("globex", 800);
        quotaByTenant.put("initech", 300);
    }

    public void resetAll(int quota) {
        for (Map.Entry<String, Integer> e : quotaByTenant.entrySet()) {
            e.setValue(quota); // race: entry-setvalue
        }
    }

    public int quota(String tenant) {
        return quotaByTenant.get(tenant); // race: entry-setvalue
    }
}
