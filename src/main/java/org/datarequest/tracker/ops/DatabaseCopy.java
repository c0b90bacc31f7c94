package org.datarequest.tracker.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Copies the whole tracker database (the one this app runs on) into an empty database, then checks that every
 * table has the same rows: requests, fields, coverage, cells, every change with its recorded time and author,
 * the timeline and its revisions, verification stamps, accounts with their password hashes, and whatever tables
 * later migrations add. The target's schema is made by the same Flyway migrations, so its history table matches
 * the source's; rows that migrations insert (the jurisdictions) are replaced by the source's rows.
 */
@ApplicationScoped
public class DatabaseCopy {

    private static final int BATCH = 500;

    /** The outcome per table, in copy order. */
    public record Report(List<TableResult> tables, boolean refused, String message) {
        public boolean verified() {
            return !refused && tables.stream().allMatch(TableResult::matches);
        }
    }

    public record TableResult(String table, TableChecksum source, TableChecksum target) {
        public boolean matches() {
            return source.equals(target);
        }
    }

    private final DataSource source;
    private final Flyway flyway;

    public DatabaseCopy(DataSource source, Flyway flyway) {
        this.source = source;
        this.flyway = flyway;
    }

    /** Copies into the database at {@code targetUrl}, printing progress to {@code out}. */
    public Report copyTo(String targetUrl, String user, String password, PrintStream out) throws SQLException {
        try (Connection target = connect(targetUrl, user, password)) {
            List<String> existing = SchemaTables.read(target).names();
            if (!existing.isEmpty()) {
                return new Report(List.of(), true, "The target database is not empty (it has the tables "
                        + String.join(", ", existing) + "). Copy into a new, empty database; nothing was written.");
            }
        }
        try (Connection from = source.getConnection()) {
            out.println("Copying " + from.getMetaData().getURL() + " to " + targetUrl);
        }
        out.println("Creating the schema on the target with the same migrations");
        Flyway.configure().configuration(flyway.getConfiguration()).dataSource(targetUrl, user, password)
                .load().migrate();
        checkSameMigrations(targetUrl, user, password);
        // a connection opened after the migrations (an embedded H2 target re-reads its constraints then)
        try (Connection target = connect(targetUrl, user, password)) {
            try (Connection from = source.getConnection()) {
                int isolation = from.getTransactionIsolation();
                boolean autoCommit = from.getAutoCommit();
                // one snapshot of the source for the copy and its check, even if someone writes meanwhile
                from.setAutoCommit(false);
                from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try {
                    List<SchemaTables.Table> tables = SchemaTables.read(from).data();
                    copy(from, target, tables, out);
                    List<TableResult> results = new ArrayList<>();
                    for (SchemaTables.Table table : tables) {
                        results.add(new TableResult(table.name(), TableChecksum.of(from, table),
                                TableChecksum.of(target, table)));
                    }
                    return new Report(results, false, "");
                } finally {
                    from.rollback();
                    from.setTransactionIsolation(isolation);
                    from.setAutoCommit(autoCommit);
                }
            }
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null && !user.isBlank()) {
            properties.setProperty("user", user);
        }
        if (password != null && !password.isBlank()) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    /** Both databases must have applied the same migrations, with the same checksums. */
    private void checkSameMigrations(String url, String user, String password) {
        List<String> mine = describe(flyway.info().applied());
        List<String> theirs = describe(Flyway.configure().configuration(flyway.getConfiguration())
                .dataSource(url, user, password).load().info().applied());
        if (!mine.equals(theirs)) {
            throw new IllegalStateException("Flyway history differs after migrating the target: source " + mine
                    + ", target " + theirs);
        }
    }

    private static List<String> describe(MigrationInfo[] applied) {
        List<String> out = new ArrayList<>();
        for (MigrationInfo info : applied) {
            out.add(info.getVersion() + ":" + info.getChecksum() + ":" + info.getState().isApplied());
        }
        return out;
    }

    private static void copy(Connection from, Connection to, List<SchemaTables.Table> tables, PrintStream out)
            throws SQLException {
        to.setAutoCommit(false);
        try (Statement statement = to.createStatement()) {
            List<SchemaTables.Table> reversed = new ArrayList<>(tables);
            Collections.reverse(reversed);
            for (SchemaTables.Table table : reversed) {
                statement.executeUpdate("delete from " + table.name());
            }
        }
        for (SchemaTables.Table table : tables) {
            long rows = copyRows(from, to, table);
            continueIdentities(to, table);
            out.printf("  copied %-28s %,10d rows%n", table.name(), rows);
        }
        to.commit();
    }

    private static long copyRows(Connection from, Connection to, SchemaTables.Table table) throws SQLException {
        String columns = String.join(", ", table.columns());
        String select = "select " + columns + " from " + table.name()
                + " order by " + String.join(", ", table.primaryKey());
        String insert = "insert into " + table.name() + " (" + columns + ") values ("
                + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
        long rows = 0;
        try (Statement read = from.createStatement(); PreparedStatement write = to.prepareStatement(insert)) {
            read.setFetchSize(1000);
            try (ResultSet rs = read.executeQuery(select)) {
                int count = table.columns().size();
                while (rs.next()) {
                    for (int i = 1; i <= count; i++) {
                        write.setObject(i, TableChecksum.portable(rs.getObject(i)));
                    }
                    write.addBatch();
                    if (++rows % BATCH == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
        return rows;
    }

    /** New rows on the target get ids after the copied ones (identity columns do not follow explicit ids). */
    private static void continueIdentities(Connection to, SchemaTables.Table table) throws SQLException {
        for (String column : table.identities()) {
            long next;
            try (Statement statement = to.createStatement();
                 ResultSet rs = statement.executeQuery(
                         "select coalesce(max(" + column + "), 0) + 1 from " + table.name())) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement statement = to.createStatement()) {
                statement.executeUpdate(
                        "alter table " + table.name() + " alter column " + column + " restart with " + next);
            }
        }
    }
}
