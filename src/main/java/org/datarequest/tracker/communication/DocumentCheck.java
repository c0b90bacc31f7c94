package org.datarequest.tracker.communication;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What may be attached to a communication: a PDF or an image (PNG, JPEG, GIF, WebP) of at most 20 MB, with a
 * plain file name. The type is read from the bytes themselves, never from what the browser or client claims, so
 * an HTML page called "letter.pdf" is refused and nothing is ever served as HTML.
 */
public final class DocumentCheck {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_NAME = 200;

    private DocumentCheck() {
    }

    /** Null when the name is acceptable, else why not. */
    public static String nameProblem(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "The file has no name.";
        }
        if (fileName.length() > MAX_NAME) {
            return "The file name is longer than " + MAX_NAME + " characters.";
        }
        if (fileName.contains("/") || fileName.contains("\\") || fileName.contains("..")
                || fileName.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "The file name \u201c" + printable(fileName) + "\u201d has folder parts or control characters;"
                    + " give a plain name such as letter.pdf.";
        }
        return null;
    }

    /** Null when the size is acceptable, else why not. */
    public static String sizeProblem(long size) {
        if (size <= 0) {
            return "The file is empty.";
        }
        if (size > MAX_BYTES) {
            return "The file is " + (size / (1024 * 1024)) + " MB; a document may be at most 20 MB.";
        }
        return null;
    }

    /** The content type the bytes show, when they are a PDF or an image we accept. */
    public static Optional<String> sniff(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a})) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(bytes, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/gif");
        }
        if (bytes.length >= 12 && startsWith(bytes, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && Arrays.equals(Arrays.copyOfRange(bytes, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    public static String typeProblem() {
        return "The file is not a PDF or an image (PNG, JPEG, GIF or WebP), whatever its name or type says.";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(80).forEach(c -> out.appendCodePoint(c < 0x20 || c == 0x7f ? '?' : c));
        return out.toString();
    }
}
