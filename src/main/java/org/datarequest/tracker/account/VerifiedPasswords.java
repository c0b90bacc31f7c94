package org.datarequest.tracker.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Passwords checked with bcrypt in the last few minutes, so that a script calling the API with HTTP Basic pays
 * for bcrypt once, not on every call. An entry is keyed by a digest of the user name, the password and the stored
 * hash: a changed password (a new hash) misses at once, and the caller still reads the account on every call, so a
 * disabled account is refused at once. The password itself is never kept.
 */
@ApplicationScoped
public class VerifiedPasswords {

    private static final Duration KEPT_FOR = Duration.ofMinutes(5);

    private final Cache<String, Boolean> verified = Caffeine.newBuilder()
            .expireAfterWrite(KEPT_FOR)
            .maximumSize(10_000)
            .build();

    /** Whether {@code password} matches {@code passwordHash}, from memory when it was checked recently. */
    public boolean matches(String username, String password, String passwordHash) {
        String key = ApiTokens.digest(username + '\0' + password + '\0' + passwordHash);
        if (verified.getIfPresent(key) != null) {
            return true;
        }
        if (!BcryptUtil.matches(password, passwordHash)) {
            return false;
        }
        verified.put(key, Boolean.TRUE);
        return true;
    }
}
