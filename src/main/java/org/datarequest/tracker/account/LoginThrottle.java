package org.datarequest.tracker.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #LIMIT} failed logins within {@link #WINDOW} for one account
 * or from one address, further attempts are refused until the oldest failure leaves the window.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether an attempt for this account from this address must wait. */
    public boolean isBlocked(String username, String address) {
        return recent(accountKey(username)) >= LIMIT || recent(addressKey(address)) >= LIMIT;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        failures.computeIfAbsent(accountKey(username), key -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent(addressKey(address), key -> new ArrayDeque<>()).addLast(now);
    }

    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    /** Forgets every failure: for an operator after an incident, and for tests. */
    public void forget() {
        failures.clear();
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant horizon = clock.instant().minus(WINDOW);
            while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
