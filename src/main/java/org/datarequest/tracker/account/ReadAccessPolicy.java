package org.datarequest.tracker.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.datarequest.tracker.TrackerConfig;

/**
 * Reading needs an account unless {@code tracker.public-read} is on. Writing is checked separately, by the
 * roles each mutating route requires.
 */
@ApplicationScoped
public class ReadAccessPolicy implements HttpSecurityPolicy {

    private final TrackerConfig config;

    public ReadAccessPolicy(TrackerConfig config) {
        this.config = config;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext context) {
        if (config.publicRead()) {
            return CheckResult.permit();
        }
        return identity.map(who -> who.isAnonymous() ? CheckResult.DENY : CheckResult.PERMIT);
    }

    @Override
    public String name() {
        return "tracker-read";
    }
}
