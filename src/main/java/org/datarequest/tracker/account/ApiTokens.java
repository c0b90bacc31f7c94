package org.datarequest.tracker.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.datarequest.tracker.web.FormErrors;

/**
 * Personal API tokens: made on the account page and shown once, kept as a SHA-256 digest (a token has 256
 * random bits, so a fast digest is as safe as bcrypt and costs microseconds per call), named, revocable, with the
 * day they were last used.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    /** Tokens start with this, so a leaked one is easy to recognise (and to search for in code). */
    public static final String PREFIX = "trk_";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just made: the only moment its text exists outside the client. */
    public record Created(ApiToken token, String secret) {
    }

    private final Clock clock;

    public ApiTokens(Clock clock) {
        this.clock = clock;
    }

    /** Makes a token for the account, or throws the form's error when the name is blank, too long or taken. */
    public Created create(String username, String name) {
        Account account = Account.findByUsername(username).orElseThrow();
        String cleaned = name == null ? "" : name.strip();
        FormErrors errors = new FormErrors();
        if (cleaned.isEmpty() || cleaned.length() > 80) {
            errors.add("name", "Give the token a name of 1 to 80 characters, e.g. the script that will use it.");
        } else if (ApiToken.count("account = ?1 and name = ?2", account, cleaned) > 0) {
            errors.add("name", "You already have a token with this name.");
        }
        errors.throwIfAny();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken();
        token.account = account;
        token.name = cleaned;
        token.tokenHash = digest(secret);
        token.createdAt = clock.instant();
        token.persist();
        return new Created(token, secret);
    }

    public List<ApiToken> of(String username) {
        return ApiToken.list("account.username = ?1 order by createdAt desc, id desc", username);
    }

    /** Deletes one of the account's own tokens; the next call with it is refused. */
    public boolean revoke(String username, long id) {
        return ApiToken.delete("id = ?1 and account.id = (select a.id from Account a where a.username = ?2)",
                id, username) > 0;
    }

    /** The enabled account a token belongs to, noting when it was used (to the nearest ten minutes). */
    public Optional<Account> accountOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> found = ApiToken.find("from ApiToken t join fetch t.account where t.tokenHash = ?1",
                digest(secret)).firstResultOptional();
        if (found.isEmpty() || !found.get().account.enabled) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ApiToken token = found.get();
        if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
            token.lastUsedAt = now;
        }
        return Optional.of(token.account);
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
