package com.example.orders;

/** One line of an order: a SKU and how many of it. */
public record OrderLine(String sku, int quantity) {

    /** Validates the line. */
    public OrderLine {
        if (sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("sku must not be blank");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }
}
