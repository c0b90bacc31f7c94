package org.datarequest.tracker.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Server-side sessions. The encrypted login cookie names a session row, not an account, so ending a session is
 * deleting its row: every instance sees that at the next request. A session unused for {@link #IDLE} ends.
 */
@ApplicationScoped
public class LoginSessions {

    /** The principal a session cookie holds starts with this; anything else in a cookie is refused. */
    static final String PREFIX = "session:";
    /** The identity attribute that holds the current session's id. */
    public static final String ATTRIBUTE = "tracker.session";
    static final Duration IDLE = Duration.ofHours(2);
    /** Last use is written at most this often, so reading pages does not write on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public LoginSessions(Clock clock) {
        this.clock = clock;
    }

    /** Starts a session for the account; returns what the login cookie is to hold. */
    String start(long accountId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            // Sessions whose cookie never came back are cleared here, so the table holds live sessions only.
            LoginSession.delete("lastSeenAt < ?1", now.minus(IDLE));
            LoginSession session = new LoginSession();
            session.id = id;
            session.account = Account.findById(accountId);
            session.createdAt = now;
            session.lastSeenAt = now;
            session.persist();
        });
        return PREFIX + id;
    }

    /** The enabled account whose live session the cookie names, if any. */
    Optional<Account> resume(String principal) {
        if (principal == null || !principal.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String id = principal.substring(PREFIX.length());
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            LoginSession session = LoginSession.find("from LoginSession s join fetch s.account where s.id = ?1", id)
                    .<LoginSession>firstResultOptional().orElse(null);
            if (session == null) {
                return Optional.empty();
            }
            if (session.lastSeenAt.plus(IDLE).isBefore(now) || !session.account.enabled) {
                session.delete();
                return Optional.empty();
            }
            if (session.lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
                session.lastSeenAt = now;
            }
            return Optional.of(session.account);
        });
    }

    /** Ends one session (logging out). */
    public void end(String sessionId) {
        if (sessionId != null) {
            QuarkusTransaction.joiningExisting().run(() -> LoginSession.delete("id", sessionId));
        }
    }

    /** Ends every session of the account, on every instance: within the caller's transaction when there is one. */
    public void endAll(long accountId) {
        QuarkusTransaction.joiningExisting().run(() -> LoginSession.delete("account.id", accountId));
    }

    /** How many live sessions the account has, for its account page. */
    public long count(long accountId) {
        Instant horizon = clock.instant().minus(IDLE);
        return QuarkusTransaction.joiningExisting().call(() ->
                LoginSession.count("account.id = ?1 and lastSeenAt >= ?2", accountId, horizon));
    }
}
