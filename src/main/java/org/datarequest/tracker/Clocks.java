package org.datarequest.tracker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole application, in the configured zone, so tests can reason about "today". */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock(TrackerConfig config) {
        return Clock.system(ZoneId.of(config.zone()));
    }
}
