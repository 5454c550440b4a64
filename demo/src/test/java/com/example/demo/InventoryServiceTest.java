package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class InventoryServiceTest {

    @Test
    void quotesNamePriceAndStock() {
        Quote quote = Fixtures.service().lookup("KB-101");

        assertEquals("Mechanical keyboard", quote.name());
        assertEquals(new BigDecimal("89.00"), quote.unitPrice());
        assertEquals(12, quote.available());
    }

    @Test
    void reservesOnlyWhatIsInStock() {
        InventoryService service = Fixtures.service();

        assertTrue(service.reserve("HD-303", 2));
        assertFalse(service.reserve("HD-303", 2));
        assertEquals(1, service.lookup("HD-303").available());
    }

    @Test
    void rejectsUnknownSku() {
        assertThrows(NoSuchElementException.class, () -> Fixtures.service().lookup("XX-000"));
    }
}
