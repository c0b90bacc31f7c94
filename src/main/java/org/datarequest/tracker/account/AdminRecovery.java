package org.datarequest.tracker.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.datarequest.tracker.TrackerConfig;

/**
 * The way back when no enabled admin is left: someone with access to the server starts the app with
 * {@code TRACKER_RECOVER_ADMIN=name} and {@code TRACKER_ADMIN_PASSWORD=…}; that account becomes (or is created
 * as) an enabled admin with that password. It does nothing while an enabled admin exists, so leaving the setting
 * in place cannot be used to take over a working tracker.
 */
@ApplicationScoped
public class AdminRecovery {

    /** What a recovery attempt did. */
    public enum Outcome { RECOVERED, NOT_NEEDED, NO_PASSWORD }

    private final TrackerConfig config;
    private final Clock clock;
    private final LoginSessions sessions;

    public AdminRecovery(TrackerConfig config, Clock clock, LoginSessions sessions) {
        this.config = config;
        this.clock = clock;
        this.sessions = sessions;
    }

    void onStart(@Observes @Priority(6) StartupEvent event) {
        Optional<String> username = config.recoverAdmin().map(String::strip).filter(name -> !name.isEmpty());
        if (username.isEmpty()) {
            return;
        }
        Outcome outcome = recover(username.get(), config.adminPassword().orElse(null));
        switch (outcome) {
            case RECOVERED -> Log.warnf("Admin recovery: '%s' is now an enabled admin with the password from"
                    + " TRACKER_ADMIN_PASSWORD. Remove TRACKER_RECOVER_ADMIN from the configuration.", username.get());
            case NOT_NEEDED -> Log.warnf("Admin recovery asked for '%s', but an enabled admin exists: nothing changed."
                    + " Remove TRACKER_RECOVER_ADMIN from the configuration.", username.get());
            case NO_PASSWORD -> Log.warnf("Admin recovery asked for '%s' without a TRACKER_ADMIN_PASSWORD of at least"
                    + " %d characters: nothing changed.", username.get(), AccountService.MIN_PASSWORD);
        }
    }

    /** Makes {@code username} an enabled admin with {@code password} when, and only when, no enabled admin exists. */
    @Transactional
    public Outcome recover(String username, String password) {
        if (password == null || password.length() < AccountService.MIN_PASSWORD || password.length() > 200) {
            return Outcome.NO_PASSWORD;
        }
        Account.find("role = ?1 order by id", Role.admin.name()).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        if (Account.count("role = ?1 and enabled = true", Role.admin.name()) > 0) {
            return Outcome.NOT_NEEDED;
        }
        Account account = Account.findByUsername(username).orElseGet(() -> {
            Account created = new Account();
            created.username = username;
            created.createdAt = clock.instant();
            return created;
        });
        account.role = Role.admin.name();
        account.enabled = true;
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.persist();
        if (account.id != null) {
            sessions.endAll(account.id);
        }
        return Outcome.RECOVERED;
    }
}
