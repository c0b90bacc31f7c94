package org.datarequest.tracker.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Sends the outbox: every due row is first claimed with a conditional update (so two instances, or two runs,
 * never send the same row at once), then posted with its signature outside any transaction, then marked
 * delivered — or, after a failure, due again after a growing back-off, until {@code max-attempts}. A claim
 * lasts a little longer than one delivery may take; if the instance dies in between, the claim expires and the
 * row is sent again: delivery is at least once, and receivers drop duplicates by the event id.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final int BATCH = 20;
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);

    private final EntityManager entityManager;
    private final WebhookConfig config;
    private final AllowedHosts allowed;
    private final Clock clock;
    private final String instance = "dispatcher-" + UUID.randomUUID();
    /** Made at the first delivery: building a client sets up TLS (the JDK's trusted certificates and some 400
     * classes), which most instances, with no webhook, never need; that set-up at start cost memory and time. */
    private volatile HttpClient http;
    private ScheduledExecutorService scheduler;

    public Dispatcher(EntityManager entityManager, WebhookConfig config, AllowedHosts allowed, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.allowed = allowed;
        this.clock = clock;
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(config.timeout())
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
                client = http;
            }
        }
        return client;
    }

    void start(@Observes StartupEvent started) {
        if (config.dispatcher()) {
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "webhook-dispatcher");
                thread.setDaemon(true);
                return thread;
            });
            long every = Math.max(100, config.pollInterval().toMillis());
            scheduler.scheduleWithFixedDelay(this::runQuietly, every, every, TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Asks the background dispatcher to look now (after "send test event"), when it runs in this instance. */
    public void runSoon() {
        if (scheduler != null) {
            scheduler.execute(this::runQuietly);
        }
    }

    private void runQuietly() {
        try {
            runOnce(instance);
        } catch (RuntimeException e) {
            LOG.error("The webhook dispatcher failed; it will try again", e);
        }
    }

    /** Sends what is due now, as this instance. @return how many rows this run claimed */
    public int runOnce() {
        return runOnce(instance);
    }

    /** Sends what is due now, claiming rows under the name {@code claimer} (a new name acts as a new instance). */
    public int runOnce(String claimer) {
        Instant now = clock.instant();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select e.id from OutboxEvent e where e.state = :pending and e.nextAttemptAt <= :now"
                                + " and (e.claimedUntil is null or e.claimedUntil < :now) order by e.id", Long.class)
                .setParameter("pending", OutboxEvent.State.PENDING).setParameter("now", now)
                .setMaxResults(BATCH).getResultList());
        int claimed = 0;
        for (Long id : due) {
            if (claim(id, claimer)) {
                claimed++;
                deliver(id);
            }
        }
        return claimed;
    }

    private boolean claim(long id, String claimer) {
        Instant now = clock.instant();
        Instant until = now.plus(config.timeout().multipliedBy(3)).plusSeconds(30);
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "update OutboxEvent e set e.claimedBy = :me, e.claimedUntil = :until, e.attempts = e.attempts + 1"
                                + " where e.id = :id and e.state = :pending and e.nextAttemptAt <= :now"
                                + " and (e.claimedUntil is null or e.claimedUntil < :now)")
                .setParameter("me", claimer).setParameter("until", until).setParameter("id", id)
                .setParameter("pending", OutboxEvent.State.PENDING).setParameter("now", now)
                .executeUpdate() == 1);
    }

    private record Row(OutboxEvent event, String url, String secret, boolean endpointActive) {
    }

    private void deliver(long id) {
        Row row = QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent event = OutboxEvent.findById(id);
            WebhookEndpoint endpoint = WebhookEndpoint.findById(event.endpointId);
            entityManager.detach(event);
            return new Row(event, endpoint.url, endpoint.secret, endpoint.active);
        });
        OutboxEvent event = row.event();
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        String refusal = allowed.refusal(row.url());
        if (refusal != null) {
            error = refusal;
        } else {
            byte[] body = event.body.getBytes(StandardCharsets.UTF_8);
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(row.url()))
                        .timeout(config.timeout())
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "compliance-tracker-webhooks")
                        .header("X-Tracker-Event", event.eventType)
                        .header("X-Tracker-Event-Id", event.eventId)
                        .header("X-Tracker-Delivery", String.valueOf(event.attempts))
                        .header(Signatures.HEADER, Signatures.sign(row.secret(), body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                status = http().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 200 || status > 299) {
                    error = "The receiver answered " + status + ".";
                }
            } catch (java.io.IOException | IllegalArgumentException e) {
                error = "Not delivered: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "Interrupted";
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        record(event, status, error, millis, refusal != null || !row.endpointActive());
    }

    private void record(OutboxEvent sent, Integer status, String error, long millis, boolean giveUp) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> {
            DeliveryAttempt attempt = new DeliveryAttempt();
            attempt.outboxId = sent.id;
            attempt.endpointId = sent.endpointId;
            attempt.attempt = sent.attempts;
            attempt.attemptedAt = now;
            attempt.httpStatus = status;
            attempt.error = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
            attempt.durationMs = millis;
            attempt.persist();
            OutboxEvent event = OutboxEvent.findById(sent.id);
            event.claimedBy = null;
            event.claimedUntil = null;
            if (error == null) {
                event.state = OutboxEvent.State.DELIVERED;
                event.deliveredAt = now;
            } else if (giveUp || event.attempts >= config.maxAttempts()) {
                event.state = OutboxEvent.State.FAILED;
            } else {
                event.nextAttemptAt = now.plus(backoff(event.attempts));
            }
        });
    }

    /** The wait after the {@code attempts}-th failed attempt: first-retry, doubled each time, at most six hours. */
    Duration backoff(int attempts) {
        Duration wait = config.firstRetry();
        for (int i = 1; i < attempts && wait.compareTo(MAX_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
