package org.datarequest.tracker.ops;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;

/**
 * Serves the tracker, or, started as {@code java -jar quarkus-run.jar copy-to JDBC-URL}, copies its database to
 * an empty one and exits (0 when every table matched, 1 when a check failed, 2 when the target was not empty).
 */
@QuarkusMain
public class TrackerMain implements QuarkusApplication {

    @Inject
    CopyCommand copyCommand;

    @Override
    public int run(String... args) {
        if (args.length > 0 && args[0].equals("copy-to")) {
            return copyCommand.run(args);
        }
        Quarkus.waitForExit();
        return 0;
    }
}
