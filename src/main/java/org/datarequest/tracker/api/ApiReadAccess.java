package org.datarequest.tracker.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.datarequest.tracker.TrackerConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reading the API needs an account unless {@code tracker.public-read} is on. Checked here rather than by the
 * HTTP permission layer (which lets {@code /api} through) so that a script without credentials gets a problem
 * detail and a Basic challenge, not an empty 401.
 */
public class ApiReadAccess {

    private final TrackerConfig config;
    private final SecurityIdentity identity;

    public ApiReadAccess(TrackerConfig config, SecurityIdentity identity) {
        this.config = config;
        this.identity = identity;
    }

    @ServerRequestFilter
    public Optional<Response> requireAccount(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean api = path.equals("/api") || path.startsWith("/api/");
        if (api && !config.publicRead() && identity.isAnonymous()) {
            return Optional.of(Problems.unauthorized());
        }
        return Optional.empty();
    }
}
