package org.datarequest.tracker.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;

/**
 * {@code copy-to JDBC-URL}: the target's user and password come from {@code TRACKER_COPY_USER} and
 * {@code TRACKER_COPY_PASSWORD} (or the URL's own {@code user=} and {@code password=} parameters).
 */
@ApplicationScoped
class CopyCommand {

    static final int COPIED = 0;
    static final int CHECK_FAILED = 1;
    static final int REFUSED = 2;

    private final DatabaseCopy copy;

    CopyCommand(DatabaseCopy copy) {
        this.copy = copy;
    }

    int run(String... args) {
        PrintStream out = System.out;
        if (args.length != 2) {
            out.println("usage: java -jar quarkus-run.jar copy-to jdbc:postgresql://HOST:PORT/DATABASE"
                    + "  (user and password in TRACKER_COPY_USER and TRACKER_COPY_PASSWORD)");
            return REFUSED;
        }
        try {
            DatabaseCopy.Report report = copy.copyTo(args[1], System.getenv("TRACKER_COPY_USER"),
                    System.getenv("TRACKER_COPY_PASSWORD"), out);
            if (report.refused()) {
                out.println(report.message());
                return REFUSED;
            }
            out.printf("%-30s %12s %12s  %-16s %-16s%n", "table", "rows here", "rows there", "checksum here",
                    "checksum there");
            for (DatabaseCopy.TableResult table : report.tables()) {
                out.printf("%-30s %,12d %,12d  %-16s %-16s %s%n", table.table(), table.source().rows(),
                        table.target().rows(), table.source().checksum(), table.target().checksum(),
                        table.matches() ? "ok" : "DIFFERENT");
            }
            out.println(report.verified() ? "Copy verified: every table has the same rows and checksum."
                    : "Copy NOT verified: see the tables marked DIFFERENT.");
            return report.verified() ? COPIED : CHECK_FAILED;
        } catch (Exception e) {
            out.println("Copy failed: " + e.getMessage());
            out.println("Drop and re-create the target database before trying again.");
            return CHECK_FAILED;
        }
    }
}
