package org.datarequest.tracker.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.datarequest.tracker.ProductMetrics;

/**
 * Checks a user name and password (form login and HTTP Basic alike) against the accounts table: bcrypt
 * hashes, disabled accounts refused, repeated failures slowed by {@link LoginThrottle}. An unknown user name
 * costs the same bcrypt check as a known one, so timing does not tell which names exist. A form login must
 * carry the login page's CSRF token, and starts a server-side session ({@link LoginSessions}).
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Where the login form posts (quarkus.http.auth.form.post-location). */
    static final String LOGIN_POST = "/j_security_check";
    /**
     * Checked against when the account does not exist, so both answers take one bcrypt check: the hash of a
     * password no account has, at the cost of every stored hash (10). A constant, because hashing it when the
     * class loads cost the first request after a start a bcrypt on the event loop.
     */
    private static final String UNKNOWN_ACCOUNT_HASH = "$2a$10$WGQEm/wHk6hcVJraIGW0..THds/qVBEHSjgpaV6dcr6YtbxFB/6pS";

    private final LoginThrottle throttle;
    private final LoginSessions sessions;
    private final ProductMetrics metrics;
    private final VerifiedPasswords passwords;

    public AccountIdentityProvider(LoginThrottle throttle, LoginSessions sessions, ProductMetrics metrics,
                                   VerifiedPasswords passwords) {
        this.throttle = throttle;
        this.sessions = sessions;
        this.metrics = metrics;
        this.passwords = passwords;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> check(request));
    }

    private SecurityIdentity check(UsernamePasswordAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        boolean formLogin = routing != null && LOGIN_POST.equals(routing.request().path());
        if (formLogin && !LoginCsrf.carriesToken(routing)) {
            throw new AuthenticationFailedException("login form without its CSRF token");
        }
        String username = request.getUsername();
        String address = ClientAddress.of(routing);
        LoginThrottle.Verdict verdict = throttle.check(username, address);
        if (!verdict.mayTry()) {
            metrics.loginThrottled();
            throw new AuthenticationFailedException("too many failed logins");
        }
        Optional<Account> account = QuarkusTransaction.joiningExisting().call(() -> Account.findByUsername(username));
        String password = new String(request.getPassword().getPassword());
        // an unknown name costs the same bcrypt check as a known one; a known one may be verified from the cache
        boolean matches = account.isPresent()
                ? passwords.matches(username, password, account.get().passwordHash)
                : BcryptUtil.matches(password, UNKNOWN_ACCOUNT_HASH);
        if (account.isEmpty() || !account.get().enabled || !matches) {
            throttle.failed(username, address);
            metrics.loginFailed();
            throw new AuthenticationFailedException("wrong user name or password");
        }
        if (verdict.failedBefore()) {
            throttle.succeeded(username, address);
        }
        if (formLogin) {
            // The login cookie is written from this identity's name: it names the new session, not the account.
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(sessions.start(account.get().id)))
                    .build();
        }
        return identityOf(account.get(), null);
    }

    /** The identity of an account: its name and the roles its role grants (and its session, when logged in). */
    static SecurityIdentity identityOf(Account account, String sessionId) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username));
        account.role().grants().forEach(identity::addRole);
        if (sessionId != null) {
            identity.addAttribute(LoginSessions.ATTRIBUTE, sessionId);
        }
        return identity.build();
    }
}
