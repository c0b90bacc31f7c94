package org.datarequest.tracker.report;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of an uploaded CSV file turned into text: UTF-8 with or without a byte-order mark, anything else
 * refused with the line and byte where the first undecodable byte sits (a file saved as Windows-1252 by
 * a spreadsheet is the usual case).
 */
public record UploadedCsv(String text, ImportError error) {

    /** The largest file accepted: a request of 56 jurisdictions and 40 fields exports to well under this. */
    public static final int MAX_BYTES = 1024 * 1024;

    public static UploadedCsv decode(byte[] bytes) {
        if (bytes.length == 0) {
            return failed(ImportError.ofFile("The file is empty."));
        }
        if (bytes.length > MAX_BYTES) {
            return failed(tooLarge(bytes.length));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return failed(badByte(bytes, in.position()));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed(ImportError.ofFile("The file is empty."));
        }
        return new UploadedCsv(text, null);
    }

    public static ImportError tooLarge(long size) {
        return ImportError.ofFile("The file is " + (size + 1023) / 1024 + " KB; at most " + MAX_BYTES / 1024
                + " KB can be imported at once. Split it into smaller files.");
    }

    private static ImportError badByte(byte[] bytes, int offset) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new ImportError(line, 0, "", "The file is not UTF-8 text: byte " + (offset - lineStart + 1)
                + " of this line cannot be read. Save the file as “CSV UTF-8” and upload it again.");
    }

    private static UploadedCsv failed(ImportError error) {
        return new UploadedCsv(null, error);
    }

    public boolean ok() {
        return error == null;
    }

    /** The SHA-256 of the exact bytes, in hex: what binds a preview to the file it showed. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
