package org.datarequest.tracker.tracking;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;

/**
 * The cell form, edited inline from the matrix (htmx): a save goes back to the matrix the editor was looking at,
 * filters and all, so the row's stance and the totals show the change; a refused save puts the form with its
 * messages back into the inline panel. Without JavaScript none of this applies and the cell page works alone.
 */
final class InlineEditing {

    private InlineEditing() {
    }

    /** The matrix address to return to, when the form was sent by htmx from that request's matrix. */
    static Optional<URI> matrixToReturnTo(HttpHeaders headers, String slug) {
        if (!"true".equals(headers.getHeaderString("HX-Request"))) {
            return Optional.empty();
        }
        String current = headers.getHeaderString("HX-Current-URL");
        try {
            URI uri = current == null ? null : URI.create(current);
            if (uri != null && ("/requests/" + slug + "/matrix").equals(uri.getPath())) {
                // only the path and query are kept: the answer never sends anyone to another host
                return Optional.of(URI.create(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A refused save (422, 409) from the inline panel: show the form again in the panel, not the matrix. */
    static Response.ResponseBuilder intoPanel(Response.ResponseBuilder answer, HttpHeaders headers) {
        if ("true".equals(headers.getHeaderString("HX-Request"))) {
            answer.header("HX-Retarget", "#inline-editor").header("HX-Reselect", "#edit").header("HX-Reswap", "innerHTML");
        }
        return answer;
    }
}
