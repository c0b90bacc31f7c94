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

    /** The time zone that decides what "today" is for deadlines and default effective dates. */
    @WithDefault("America/New_York")
    String zone();
}
