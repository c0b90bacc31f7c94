package org.datarequest.tracker;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.datarequest.tracker.account.Account;
import org.datarequest.tracker.account.Role;

/** Accounts for tests that log in through the real form; each test names its own accounts. */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = "a-long-test-password";

    /** Makes sure an enabled account with this name and role exists, with {@link #PASSWORD}. */
    @Transactional
    public String ensure(String username, Role role) {
        Account account = Account.findByUsername(username).orElseGet(Account::new);
        account.username = username;
        account.role = role.name();
        account.enabled = true;
        account.passwordHash = BcryptUtil.bcryptHash(PASSWORD);
        if (account.createdAt == null) {
            account.createdAt = Instant.now();
        }
        account.persist();
        return username;
    }

    /** Logs in as a fresh account of this role and returns the session cookie. */
    public String session(String username, Role role) {
        return Login.as(ensure(username, role), PASSWORD);
    }
}
