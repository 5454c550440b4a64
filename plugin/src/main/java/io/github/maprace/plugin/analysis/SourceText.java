package io.github.maprace.plugin.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source file as text, for the static cache: its content hash and the names it mentions, read
 * without parsing. Reading every file of a large project this way costs a fraction
 * of a second; parsing it costs the whole pass.
 */
final class SourceText {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    private final String text;
    private final String hash;
    private Set<String> identifiers;

    private SourceText(String text, String hash) {
        this.text = text;
        this.hash = hash;
    }

    /** The file's text, or null when it cannot be read (the pass then reports it as not parsed). */
    static SourceText read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            // ISO-8859-1 maps every byte to one char: identifiers of any ASCII-compatible encoding survive
            return new SourceText(withoutComments(new String(bytes, StandardCharsets.ISO_8859_1)), sha256(bytes));
        } catch (IOException e) {
            return null;
        }
    }

    /** Hex SHA-256 of the file's bytes. */
    String hash() {
        return hash;
    }

    /** True when {@code name} occurs in the code as a whole identifier (string literals count too). */
    boolean mentions(String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            boolean startOk = at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1));
            int end = at + name.length();
            boolean endOk = end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    /** True when the text mentions any of {@code names}. */
    boolean mentionsAny(Set<String> names) {
        for (String name : names) {
            if (mentions(name)) {
                return true;
            }
        }
        return false;
    }

    /** Every identifier-shaped word of the text. */
    Set<String> identifiers() {
        if (identifiers == null) {
            Set<String> words = new HashSet<>();
            Matcher m = IDENTIFIER.matcher(text);
            while (m.find()) {
                words.add(m.group());
            }
            identifiers = words;
        }
        return identifiers;
    }

    /**
     * The text with its comments blanked out: Javadoc's {@code {@link Foo}} names types the code
     * does not use, and a large project links to its core types from everywhere. Newlines stay,
     * string and character literals (text blocks too) are kept whole.
     */
    static String withoutComments(String text) {
        StringBuilder code = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (; i < end; i++) {
                    code.append(text.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"' || c == '\'') {
                String quote = c == '"' && text.startsWith("\"\"\"", i) ? "\"\"\"" : String.valueOf(c);
                int end = i + quote.length();
                // a one-line literal ends at the line's end at the latest (broken code stays code)
                while (end < n && !text.startsWith(quote, end) && (quote.length() == 3 || text.charAt(end) != '\n')) {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, text.startsWith(quote, end) ? end + quote.length() : end);
                code.append(text, i, end);
                i = end;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** Hex SHA-256 of {@code bytes}. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
