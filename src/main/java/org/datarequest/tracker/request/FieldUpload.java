package org.datarequest.tracker.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Reads an uploaded field list as UTF-8 text, refusing what is missing, too large or not UTF-8. */
public final class FieldUpload {

    /** A field list is a few dozen lines; anything much bigger is a wrong file. */
    static final long MAX_BYTES = 256 * 1024;

    private FieldUpload() {
    }

    public static String text(FileUpload file) {
        if (file == null || file.size() == 0) {
            throw problem("choose a CSV file to upload (position,key,label,wording,sensitivity)");
        }
        if (file.size() > MAX_BYTES) {
            throw problem("the file is larger than " + MAX_BYTES / 1024 + " KB");
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw problem("the file is not UTF-8 text; save it as \u201cCSV UTF-8\u201d");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidFieldFile problem(String message) {
        return new InvalidFieldFile(List.of(new FieldCsv.LineError(1, null, message)));
    }
}
