package org.datarequest.tracker.account;

import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * How scripts sign in to {@code /api}: {@code Authorization: Bearer} with a personal API token, or HTTP Basic
 * with a user name and password (kept for compatibility). Selected for {@code /api} by
 * {@code quarkus.http.auth.permission.api.auth-mechanism=tracker-api}; pages never take a token.
 */
@ApplicationScoped
public class ApiAuthentication implements HttpAuthenticationMechanism {

    static final String SCHEME = "tracker-api";
    private static final String BEARER = "bearer ";
    private static final String BASIC = "basic ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String path = context.normalizedPath();
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !(path.equals("/api") || path.startsWith("/api/"))) {
            return Uni.createFrom().nullItem();
        }
        String lower = header.length() < 7 ? header.toLowerCase() : header.substring(0, 7).toLowerCase();
        if (lower.startsWith(BEARER)) {
            String token = header.substring(BEARER.length()).strip();
            return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                    new TokenAuthenticationRequest(new TokenCredential(token, "bearer")), context));
        }
        if (lower.startsWith(BASIC)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Uni.createFrom().failure(new io.quarkus.security.AuthenticationFailedException("malformed Basic credentials"));
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Uni.createFrom().failure(new io.quarkus.security.AuthenticationFailedException("malformed Basic credentials"));
            }
            return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                    new UsernamePasswordAuthenticationRequest(decoded.substring(0, colon),
                            new PasswordCredential(decoded.substring(colon + 1).toCharArray())), context));
        }
        return Uni.createFrom().nullItem();
    }

    /** A Basic challenge on {@code /api}; elsewhere none, so that pages keep sending people to the login form. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String path = context.normalizedPath();
        if (!(path.equals("/api") || path.startsWith("/api/"))) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"Quarkus\""));
    }

    /** After the form and Basic mechanisms, which pages use; {@code /api} selects this one by its scheme. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY - 500;
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class, UsernamePasswordAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }
}
