package org.datarequest.tracker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The settings under {@code tracker.*}; README lists them with their defaults. */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

    /** Where the embedded H2 database keeps its file. */
    @WithDefault("./data")
    String dataDir();

    /** Where an online backup of the embedded H2 database is written ({@code POST /api/backups}). */
    @WithDefault("./data/backups")
    String backupDir();

    /** Load the 2017 commission request on first start into an empty database. */
    @WithDefault("true")
    boolean seedExampleData();

    /** Let anonymous visitors read every page and export (a public tracker). */
    @WithDefault("false")
    boolean publicRead();

    /** The first admin's password; generated and printed once when absent. */
    Optional<String> adminPassword();

    /**
     * The public address of the tracker, such as {@code https://tracker.example.org}: the Atom feed's links and
     * ids, and the host of redirects, come from here, never from a request's {@code Host} header. Without it,
     * redirects are relative and the feed names {@code http://localhost:8080}.
     */
    Optional<String> baseUrl();

    /**
     * {@link #baseUrl()} without a trailing slash, or {@code http://localhost:8080} when it is not set: for what must
     * name the tracker absolutely (feeds, webhooks, embed snippets, the data package, the OpenAPI document).
     */
    static String absoluteBase(TrackerConfig config) {
        return config.baseUrl().orElse("http://localhost:8080").replaceAll("/+$", "");
    }

    /** {@link #baseUrl()} without a trailing slash, or empty when it is not set: links then stay relative. */
    static String origin(TrackerConfig config) {
        return config.baseUrl().orElse("").replaceAll("/+$", "");
    }

    /**
     * Admin recovery: the user name of an account to make an enabled admin at start-up, with the password from
     * {@code TRACKER_ADMIN_PASSWORD}, used only when no enabled admin exists (docs/operations.md).
     */
    Optional<String> recoverAdmin();

    /** The time zone that decides what "today" is for deadlines and default effective dates. */
    @WithDefault("America/New_York")
    String zone();
}
