package org.datarequest.tracker.embed;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Lets the embeddable pages ({@code /embed/…}) be framed by the configured origins, and only them: their
 * {@code Content-Security-Policy} names those origins in {@code frame-ancestors} and they carry no
 * {@code X-Frame-Options}. Every other answer keeps {@code DENY} and {@code frame-ancestors 'none'}.
 */
@ApplicationScoped
public class EmbedFraming {

    private static final Logger LOG = Logger.getLogger(EmbedFraming.class);
    /** A CSP host source with a scheme: https://host, https://*.host, with an optional port. */
    private static final Pattern ORIGIN = Pattern.compile("https?://(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?");
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; form-action 'self'; base-uri 'self'; frame-ancestors ";

    private final List<String> origins;

    public EmbedFraming(EmbedConfig config) {
        this.origins = config.frameAncestors().orElse(List.of()).stream().map(String::strip)
                .filter(origin -> !origin.isEmpty()).filter(origin -> {
                    boolean valid = ORIGIN.matcher(origin).matches();
                    if (!valid) {
                        LOG.errorf("tracker.embed.frame-ancestors: %s is not an origin such as https://news.example; left out",
                                origin);
                    }
                    return valid;
                }).toList();
    }

    /** The frame-ancestors value of the embeddable pages. */
    public String frameAncestors() {
        return origins.isEmpty() ? "'none'" : String.join(" ", origins);
    }

    public boolean framable() {
        return !origins.isEmpty();
    }

    void register(@Observes Filters filters) {
        filters.register(routing -> {
            if (routing.normalizedPath().startsWith("/embed/")) {
                routing.addHeadersEndHandler(ignored -> {
                    if (framable()) {
                        routing.response().headers().remove("X-Frame-Options");
                    }
                    routing.response().headers().set("Content-Security-Policy", POLICY + frameAncestors());
                });
            }
            routing.next();
        }, 80);
    }
}
