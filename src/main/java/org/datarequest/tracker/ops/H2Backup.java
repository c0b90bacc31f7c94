package org.datarequest.tracker.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.sql.DataSource;
import org.datarequest.tracker.TrackerConfig;

/**
 * An online backup of the embedded H2 database with H2's {@code BACKUP TO}: a zip of a consistent copy of the
 * database file, taken while the app keeps serving and writing. PostgreSQL is backed up with pg_dump instead.
 */
@ApplicationScoped
public class H2Backup {

    /** The file written and its size. */
    public record Result(Path file, long bytes) {
    }

    /** The database is not an H2 file: PostgreSQL (backed up with pg_dump) or an in-memory H2 database. */
    public static class NotAnH2FileException extends RuntimeException {
        NotAnH2FileException(String message) {
            super(message);
        }
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

    private final DataSource dataSource;
    private final TrackerConfig config;
    private final Clock clock;

    public H2Backup(DataSource dataSource, TrackerConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    public Result backUp() throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equalsIgnoreCase(product)) {
                throw new NotAnH2FileException("The database is " + product
                        + ": back it up with its own tools (pg_dump), see docs/operations.md.");
            }
            if (connection.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
                throw new NotAnH2FileException("The database is in memory only: there is no file to back up.");
            }
            Path dir = Path.of(config.backupDir()).toAbsolutePath().normalize();
            Files.createDirectories(dir);
            Path file = dir.resolve("tracker-" + STAMP.format(clock.instant().atZone(clock.getZone())) + ".zip");
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            return new Result(file, Files.size(file));
        }
    }
}
