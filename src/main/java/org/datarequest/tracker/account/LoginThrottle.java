package org.datarequest.tracker.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Slows down password guessing without locking the owner out. Failures are counted per account at one
 * address and per address, in the database (every instance sees them). After a few free failures each
 * further one makes the next attempt under that key wait longer: 1 s, 2 s, 4 s … up to {@link #MAX_DELAY}.
 * Guessing the admin's password from one address therefore never delays the admin at another, and a
 * shared address (a newsroom behind one proxy) gets many more free failures than one account does.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_PER_ACCOUNT = 3;
    static final int FREE_PER_ADDRESS = 30;
    static final Duration MAX_DELAY = Duration.ofMinutes(5);
    /** A key with no failure for this long starts again from zero. */
    static final Duration FORGET_AFTER = Duration.ofMinutes(30);

    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** What the counts say about an attempt: how long it must still wait, and whether there is anything to clear. */
    public record Verdict(Duration delay, boolean failedBefore) {
        public boolean mayTry() {
            return delay.isZero();
        }
    }

    /** How long an attempt for this account from this address must still wait; zero when it may go ahead. */
    public Duration waitFor(String username, String address) {
        return check(username, address).delay();
    }

    /** One read of both keys before an attempt. */
    public Verdict check(String username, String address) {
        Instant now = clock.instant();
        String accountKey = accountKey(username, address);
        List<LoginFailures> rows = QuarkusTransaction.requiringNew().call(() ->
                LoginFailures.<LoginFailures>list("key in ?1", List.of(accountKey, addressKey(address))));
        Instant until = rows.stream().map(row -> row.blockedUntil).max(Instant::compareTo).orElse(now);
        boolean failedBefore = rows.stream().anyMatch(row -> row.key.equals(accountKey));
        return new Verdict(until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO, failedBefore);
    }

    public void failed(String username, String address) {
        count(accountKey(username, address), FREE_PER_ACCOUNT);
        count(addressKey(address), FREE_PER_ADDRESS);
        Instant stale = clock.instant().minus(FORGET_AFTER).minus(MAX_DELAY);
        QuarkusTransaction.requiringNew().run(() -> LoginFailures.delete("lastFailureAt < ?1", stale));
    }

    /** The right password: this account at this address starts again from zero (the address does not). */
    public void succeeded(String username, String address) {
        QuarkusTransaction.requiringNew().run(() -> LoginFailures.deleteById(accountKey(username, address)));
    }

    /** Forgets every failure: for an operator after an incident, and for tests. */
    public void forget() {
        QuarkusTransaction.requiringNew().run(() -> LoginFailures.deleteAll());
    }

    /** The wait after the given number of failures in a row under a key with {@code free} free failures. */
    static Duration delay(int failures, int free) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free - 1, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private void count(String key, int free) {
        try {
            countOnce(key, free);
        } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException firstInsertRace) {
            countOnce(key, free); // another instance inserted the same key first: now it exists
        }
    }

    private void countOnce(String key, int free) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            LoginFailures row = LoginFailures.findById(key, LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                row = new LoginFailures();
                row.key = key;
                row.failures = 0;
            } else if (row.lastFailureAt.plus(FORGET_AFTER).isBefore(now)) {
                row.failures = 0;
            }
            row.failures++;
            row.lastFailureAt = now;
            row.blockedUntil = now.plus(delay(row.failures, free));
            row.persist();
        });
    }

    private static String accountKey(String username, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + sha256(name) + "@" + (address == null ? "unknown" : address);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
