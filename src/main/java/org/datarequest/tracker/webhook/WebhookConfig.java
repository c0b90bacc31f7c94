package org.datarequest.tracker.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The settings under {@code tracker.webhooks.*}; README lists them with their defaults. */
@ConfigMapping(prefix = "tracker.webhooks")
public interface WebhookConfig {

    /**
     * The hosts webhooks may be sent to: exact names or addresses ({@code hooks.example.org}, {@code 10.0.0.7})
     * or a wildcard for subdomains ({@code *.example.org}). Empty (the default): no endpoint can be registered
     * and nothing is sent, so the tracker never makes requests to addresses nobody chose.
     */
    Optional<List<String>> allowedHosts();

    /** Run the dispatcher in this instance (every instance may: rows are claimed before they are sent). */
    @WithDefault("true")
    boolean dispatcher();

    /** How often the dispatcher looks for due events. */
    @WithDefault("PT5S")
    Duration pollInterval();

    /** The wait before the first retry; each further retry waits twice as long (capped at six hours). */
    @WithDefault("PT30S")
    Duration firstRetry();

    /** Attempts before an event is given up (it stays in the delivery log as failed). */
    @WithDefault("10")
    int maxAttempts();

    /** How long one delivery may take before it counts as failed. */
    @WithDefault("PT10S")
    Duration timeout();
}
