package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

/** Mockito's inline mock maker (its own Byte Buddy, its own agent) next to maprace's and JaCoCo's. */
class OrderPricerTest {

    @Test
    void multipliesTheMockedUnitPriceByTheQuantity() {
        PriceSource prices = mock(PriceSource.class);
        when(prices.priceOf("A-1")).thenReturn(250L);

        assertEquals(750L, new OrderPricer(prices).total(new OrderLine("A-1", 3)));
        verify(prices).priceOf("A-1");
    }

    @Test
    void mocksAFinalClassWithTheInlineMockMaker() {
        OrderPricer pricer = mock(OrderPricer.class);
        when(pricer.total(new OrderLine("B-1", 1))).thenReturn(42L);

        assertEquals(42L, pricer.total(new OrderLine("B-1", 1)));
    }
}
