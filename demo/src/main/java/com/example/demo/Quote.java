package com.example.demo;

import java.math.BigDecimal;

/**
 * What a storefront shows for one SKU.
 *
 * @param sku the stock-keeping unit
 * @param name the product name
 * @param unitPrice the current price of one unit
 * @param available units in stock, net of reservations
 */
public record Quote(String sku, String name, BigDecimal unitPrice, int available) {
}
