package org.datarequest.tracker.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.datarequest.tracker.TrackerConfig;

/**
 * On the first start with no accounts, creates {@code admin} with the password from
 * {@code TRACKER_ADMIN_PASSWORD}, or with a generated one printed once in the log. There is no default password.
 */
@ApplicationScoped
public class FirstAdmin {

    static final String USERNAME = "admin";

    private final TrackerConfig config;

    public FirstAdmin(TrackerConfig config) {
        this.config = config;
    }

    @Transactional
    void onStart(@Observes @Priority(5) StartupEvent event) {
        if (Account.count() > 0) {
            return;
        }
        boolean given = config.adminPassword().filter(password -> !password.isBlank()).isPresent();
        String password = given ? config.adminPassword().get() : generated();
        Account admin = new Account();
        admin.username = USERNAME;
        admin.passwordHash = BcryptUtil.bcryptHash(password);
        admin.role = Role.admin.name();
        admin.createdAt = Instant.now();
        admin.persist();
        if (given) {
            Log.infof("Created the first account, '%s', with the password from TRACKER_ADMIN_PASSWORD", USERNAME);
        } else {
            Log.warnf("Created the first account, '%s', with the generated password: %s%n"
                    + "    It is shown only this once: log in and change it at /account.", USERNAME, password);
        }
    }

    private static String generated() {
        byte[] random = new byte[15];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
