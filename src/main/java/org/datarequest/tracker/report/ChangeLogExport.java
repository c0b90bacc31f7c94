package org.datarequest.tracker.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.cell.ChangeCriteria;
import org.datarequest.tracker.cell.ChangeHistory;

/**
 * The change-log export, streamed: a forward-only cursor with a small fetch size in a read-only transaction,
 * each row written to the response as it arrives, so memory stays flat however long the history is.
 * Plain JDBC because nothing here needs entities, and a persistence context would keep every row it read.
 */
@ApplicationScoped
public class ChangeLogExport {

    public static final List<String> HEADER = List.of("change_id", "change_set", "request", "jurisdiction", "field",
            "from_status", "to_status", "effective_date", "recorded_at", "recorded_by", "backdated", "note",
            "legal_basis", "conditions", "source_url", "source_title");

    /**
     * "from" is the status of the cell's previous change in effective order, looked up per row through the
     * as-of index (a window function would hold the whole log in memory before the first row is written).
     */
    private static final String SELECT = "select c.id, c.change_set_id, c.jurisdiction_code, c.field_id,"
            + " (select p.new_status from cell_change p where p.id = " + ChangeHistory.PREVIOUS_CHANGE + ") as from_status,"
            + " c.new_status, c.effective_date, c.recorded_at, c.recorded_by, c.backdated, c.note, c.legal_basis,"
            + " c.conditions, c.source_url, c.source_title from cell_change c where ";
    private static final int FETCH_SIZE = 500;

    private final AgroalDataSource dataSource;

    public ChangeLogExport(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The rows of the changes matching {@code criteria}, oldest recorded first (the order of their ids).
     *
     * @param fieldKeys the keys of the request's fields by id: a bounded list read beforehand, not a join
     */
    public CsvDownload.Rows rows(String slug, ChangeCriteria criteria, Map<Long, String> fieldKeys) {
        ChangeCriteria.Where where = criteria.jdbc("c");
        return sink -> {
            try (Connection connection = dataSource.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                // PostgreSQL only honours the fetch size inside a transaction; without it the driver reads every row
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                try {
                    stream(connection, where, slug, fieldKeys, sink);
                } finally {
                    connection.rollback();
                    connection.setReadOnly(false);
                    connection.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                throw new IOException("the change log could not be read", e);
            }
        };
    }

    private static void stream(Connection connection, ChangeCriteria.Where where, String slug,
                               Map<Long, String> fieldKeys, CsvDownload.Sink sink) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT + where.sql() + " order by c.id",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < where.values().size(); i++) {
                statement.setObject(i + 1, where.values().get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime recorded = rows.getObject("recorded_at", OffsetDateTime.class);
                    String from = rows.getString("from_status");
                    sink.row(Arrays.asList(String.valueOf(rows.getLong("id")), String.valueOf(rows.getLong("change_set_id")),
                            slug, rows.getString("jurisdiction_code"), fieldKeys.get(rows.getLong("field_id")),
                            from != null ? from : "NO_RESPONSE", rows.getString("new_status"),
                            String.valueOf(rows.getObject("effective_date", java.time.LocalDate.class)),
                            org.datarequest.tracker.Timestamps.format(recorded.toInstant()), rows.getString("recorded_by"),
                            String.valueOf(rows.getBoolean("backdated")), rows.getString("note"),
                            rows.getString("legal_basis"), rows.getString("conditions"), rows.getString("source_url"),
                            rows.getString("source_title")));
                }
            }
        }
    }
}
