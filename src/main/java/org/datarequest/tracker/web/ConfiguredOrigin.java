package org.datarequest.tracker.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.datarequest.tracker.TrackerConfig;

/**
 * Redirects never take their host from the request's {@code Host} header (which anyone can set): a Location
 * the framework made absolute from it is rewritten onto {@code tracker.base-url}, or made relative when that is
 * not set.
 */
@ApplicationScoped
public class ConfiguredOrigin {

    private final String base;

    public ConfiguredOrigin(TrackerConfig config) {
        this.base = TrackerConfig.origin(config);
    }

    void rewriteLocations(@Observes Filters filters) {
        filters.register(routing -> {
            routing.addHeadersEndHandler(ignored -> {
                String location = routing.response().headers().get("Location");
                String host = routing.request().getHeader("Host");
                if (location != null && host != null) {
                    String fixed = onConfiguredOrigin(location, host);
                    if (!fixed.equals(location)) {
                        routing.response().headers().set("Location", fixed);
                    }
                }
            });
            routing.next();
        }, 90);
    }

    /** {@code location} with the origin taken from {@code host} replaced by the configured one (or none). */
    String onConfiguredOrigin(String location, String host) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getRawAuthority() == null || !uri.getRawAuthority().equalsIgnoreCase(host)) {
            return location;
        }
        String rest = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return base + rest;
    }
}
