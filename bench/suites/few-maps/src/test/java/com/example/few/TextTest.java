package com.example.few;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTest {
    @Test
    void shouldReverseAndWrapText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("word").append(i % 97).append(' ');
        }
        String text = sb.toString().trim();
        for (int r = 0; r < 40 * NumbersTest.SCALE; r++) {
            assertEquals(text, Text.reverseWords(Text.reverseWords(text)));
            List<String> lines = Text.wrap(text, 72);
            assertTrue(lines.stream().allMatch(l -> l.length() <= 72));
        }
    }

    @Test
    void shouldRecognisePalindromes() {
        assertTrue(Text.isPalindrome("racecar"));
        assertFalse(Text.isPalindrome("maprace"));
    }
}
