package org.datarequest.tracker.web;

import io.quarkus.qute.TemplateInstance;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * A page that is rendered straight into UTF-8 bytes, one piece at a time as the template produces them, rather
 * than into one string that is then encoded. A resource returns it in place of its {@link TemplateInstance} (which
 * the REST layer would render into a string before any filter sees it); {@link Utf8PageWriter} writes it.
 *
 * <p>Why: the JDK encodes an ASCII string by copying it, but a string that holds a single character beyond Latin-1
 * (a "–" in the template, a status symbol) one character at a time, several times slower — and a page built as one
 * string is such a string as soon as any piece of it is. Encoded piece by piece, the large pieces, the parts
 * {@link Html} writes (which it keeps to ASCII), are copied, and only the small pieces of template text with such
 * characters take the slow way. On the matrix, whose rows {@link Html} writes, that was about a sixth of the page.
 */
public final class Utf8Page {

    private final TemplateInstance template;

    private Utf8Page(TemplateInstance template) {
        this.template = template;
    }

    public static Utf8Page of(TemplateInstance template) {
        return new Utf8Page(template);
    }

    /** The page as one string, for the render cache, which keeps pages as text. */
    public String render() {
        return template.render();
    }

    /**
     * The rendered page as UTF-8; a failure of the template is thrown as {@code render()} would throw it. The pieces
     * are kept as they come and copied once into an array of the page's exact size: a growing buffer copied the
     * large pieces (the matrix's rows) three times more.
     */
    public byte[] bytes() {
        List<byte[]> pieces = new ArrayList<>(256);
        int[] length = {0};
        try {
            template.consume(piece -> {
                byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
                pieces.add(bytes);
                length[0] += bytes.length;
            }).toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        byte[] page = new byte[length[0]];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, page, at, piece.length);
            at += piece.length;
        }
        return page;
    }
}
