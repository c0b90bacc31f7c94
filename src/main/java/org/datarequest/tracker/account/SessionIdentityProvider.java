package org.datarequest.tracker.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Rebuilds the identity of a logged-in browser on each request from its server-side session and the accounts
 * table, so a changed role applies at once and an ended session, or a disabled account, is logged out at its
 * next request.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final LoginSessions sessions;

    public SessionIdentityProvider(LoginSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            String principal = request.getPrincipal();
            Account account = sessions.resume(principal)
                    .orElseThrow(() -> new AuthenticationFailedException("session ended, expired or unknown"));
            return AccountIdentityProvider.identityOf(account, principal.substring(LoginSessions.PREFIX.length()));
        });
    }
}
