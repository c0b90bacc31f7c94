package org.datarequest.tracker.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import org.datarequest.tracker.web.FormErrors;
import org.datarequest.tracker.web.NotFound;

/** Creating accounts and changing them; never leaves the tracker without an enabled admin. */
@ApplicationScoped
@Transactional
public class AccountService {

    static final int MIN_PASSWORD = 12;

    /** Why a change to an account was refused; pages show the text for a code, never text from an address. */
    public enum Refusal {
        LAST_ADMIN_ROLE("The last enabled admin cannot lose the admin role."),
        LAST_ADMIN_DISABLED("The last enabled admin cannot be disabled."),
        PASSWORD_LENGTH("Password not reset: use between " + MIN_PASSWORD + " and 200 characters.");

        public final String text;

        Refusal(String text) {
            this.text = text;
        }

        static String describe(String code) {
            for (Refusal refusal : values()) {
                if (refusal.name().equals(code)) {
                    return refusal.text;
                }
            }
            return null;
        }
    }

    private final Validator validator;
    private final Clock clock;
    private final LoginSessions sessions;
    private final LoginThrottle throttle;

    public AccountService(Validator validator, Clock clock, LoginSessions sessions, LoginThrottle throttle) {
        this.validator = validator;
        this.clock = clock;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> list() {
        return Account.list("order by username");
    }

    /** @return the messages for the form; empty when the account was created */
    public FormErrors create(AccountForm form) {
        FormErrors errors = check(form);
        if (!errors.has("username") && Account.findByUsername(form.username().strip()).isPresent()) {
            errors.add("username", "This user name is taken.");
        }
        if (errors.isEmpty()) {
            Account account = new Account();
            account.username = form.username().strip();
            account.role = Role.parse(form.role()).orElseThrow().name();
            account.passwordHash = BcryptUtil.bcryptHash(form.password());
            account.createdAt = clock.instant();
            account.persist();
        }
        return errors;
    }

    /** @return null when done, else why not */
    public Refusal changeRole(long id, Role role) {
        lockAdmins();
        Account account = find(id);
        if (account.role() == Role.admin && role != Role.admin && account.enabled && enabledAdmins() == 1) {
            return Refusal.LAST_ADMIN_ROLE;
        }
        if (account.role() != role) {
            account.role = role.name();
            sessions.endAll(account.id);
        }
        return null;
    }

    /** @return null when done, else why not */
    public Refusal setEnabled(long id, boolean enabled) {
        lockAdmins();
        Account account = find(id);
        if (!enabled && account.role() == Role.admin && account.enabled && enabledAdmins() == 1) {
            return Refusal.LAST_ADMIN_DISABLED;
        }
        account.enabled = enabled;
        if (!enabled) {
            sessions.endAll(account.id);
        }
        return null;
    }

    /** Sets a new password (an admin's reset, or the user's own change once the old one was checked). */
    public FormErrors setPassword(long id, String password) {
        FormErrors errors = new FormErrors();
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            errors.add("password", "Use between " + MIN_PASSWORD + " and 200 characters.");
            return errors;
        }
        Account account = find(id);
        account.passwordHash = BcryptUtil.bcryptHash(password);
        sessions.endAll(account.id);
        return errors;
    }

    /**
     * The user's own change: the current password must be right; wrong guesses are slowed like failed logins.
     * Every session of the account ends, this one included.
     */
    public FormErrors changeOwnPassword(String username, String address, String current, String next) {
        Account account = Account.findByUsername(username).orElseThrow(() -> NotFound.of("account", username));
        java.time.Duration wait = throttle.waitFor(username, address);
        if (!wait.isZero()) {
            return new FormErrors().add("current", "Too many wrong passwords: try again in "
                    + Math.max(1, wait.toSeconds()) + " seconds.");
        }
        if (current == null || !BcryptUtil.matches(current, account.passwordHash)) {
            throttle.failed(username, address);
            return new FormErrors().add("current", "The current password is not right.");
        }
        throttle.succeeded(username, address);
        return setPassword(account.id, next);
    }

    private FormErrors check(AccountForm form) {
        FormErrors errors = new FormErrors();
        validator.validate(form).forEach(violation -> errors.add(violation.getPropertyPath().toString(),
                violation.getMessage()));
        return errors;
    }

    private static Account find(long id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw NotFound.of("account number", String.valueOf(id));
        }
        return account;
    }

    /**
     * Locks every admin account row until the transaction ends, so two admins demoting or disabling each other
     * at the same moment take turns and the second sees the first's change: the last enabled admin stays.
     */
    private static void lockAdmins() {
        Account.find("role = ?1 order by id", Role.admin.name()).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private static long enabledAdmins() {
        return Account.count("role = ?1 and enabled = true", Role.admin.name());
    }
}
