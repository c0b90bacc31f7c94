package org.datarequest.tracker.account;

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

/**
 * Checks a user name and password (form login and HTTP Basic alike) against the accounts table: bcrypt
 * hashes, disabled accounts refused, and repeated failures throttled by {@link LoginThrottle}.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final LoginThrottle throttle;
    private final VerifiedPasswords passwords;

    public AccountIdentityProvider(LoginThrottle throttle, VerifiedPasswords passwords) {
        this.throttle = throttle;
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
        String username = request.getUsername();
        String address = address(request);
        if (throttle.isBlocked(username, address)) {
            throw new AuthenticationFailedException("too many failed logins");
        }
        Optional<Account> account = QuarkusTransaction.joiningExisting().call(() -> Account.findByUsername(username));
        String password = new String(request.getPassword().getPassword());
        if (account.isEmpty() || !account.get().enabled || !passwords.matches(username, password, account.get().passwordHash)) {
            throttle.failed(username, address);
            throw new AuthenticationFailedException("wrong user name or password");
        }
        throttle.succeeded(username);
        return identityOf(account.get());
    }

    /** The identity of an account: its name and the roles its role grants. */
    static SecurityIdentity identityOf(Account account) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username));
        account.role().grants().forEach(identity::addRole);
        return identity.build();
    }

    private static String address(UsernamePasswordAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return routing == null || routing.request().remoteAddress() == null
                ? null : routing.request().remoteAddress().hostAddress();
    }
}
