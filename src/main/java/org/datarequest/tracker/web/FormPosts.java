package org.datarequest.tracker.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.datarequest.tracker.TrackerException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Closes the way around the CSRF check: the token filter only looks inside form bodies, so a page write
 * (any method but GET, HEAD and OPTIONS, outside {@code /api}) must be a form — URL-encoded or multipart —
 * or carry the token in the {@code X-CSRF-TOKEN} header. A body of any other type, or none, is refused before
 * any resource runs. The CSRF cookie is also sent {@code SameSite=Strict}, so other sites never get it back.
 */
@ApplicationScoped
public class FormPosts {

    static final String TOKEN_COOKIE = "csrf-token";
    static final String TOKEN_HEADER = "X-CSRF-TOKEN";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** A page write sent as something other than a form. */
    public static class NotAForm extends TrackerException {
        NotAForm() {
            super(Kind.BAD_REQUEST, "csrf", null, "This address takes a form sent from one of the tracker's pages."
                    + " Go back, reload the page and send the form again.");
        }
    }

    @ServerRequestFilter(preMatching = true)
    public void requireForm(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || isApi(request.getUriInfo().getPath())) {
            return;
        }
        if (request.getHeaderString(TOKEN_HEADER) != null) {
            return; // checked against the cookie by the CSRF filter
        }
        MediaType type = request.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        if (!form) {
            throw new NotAForm();
        }
    }

    void strictTokenCookie(@Observes Filters filters) {
        filters.register(routing -> {
            routing.addHeadersEndHandler(ignored -> {
                Cookie cookie = routing.response().removeCookie(TOKEN_COOKIE, false);
                if (cookie != null) {
                    routing.response().addCookie(cookie.setSameSite(CookieSameSite.STRICT));
                }
            });
            routing.next();
        }, 100);
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
