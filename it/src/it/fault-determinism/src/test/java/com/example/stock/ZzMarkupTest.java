package com.example.stock;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A failing test whose display name and message are markup: the HTML report must show them as text. */
class ZzMarkupTest {

    @Test
    @DisplayName("<script>alert(2)</script>")
    void failsWithMarkup() {
        fail("<script>alert(3)</script>");
    }
}
