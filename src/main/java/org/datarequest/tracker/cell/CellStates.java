package org.datarequest.tracker.cell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.datarequest.tracker.SessionSql;

/**
 * Reads the cells of a request as they are now, or as they stood at the end of a day, in one statement
 * whatever the size of the history.
 *
 * <p><b>The as-of rule</b>, written here once: a cell's value at the end of day D is the value of its latest
 * change in effective order (effective date, then recorded time, then id) with effective date on or before D;
 * "now" is the same rule with no bound on the date. A cell with no such change says "No response".
 *
 * <p><b>Why this query shape.</b> A window function over the request's changes reads every change up to D, so
 * it grows with history (over a minute at 100,000 changes on H2). Instead, each cell finds its one change
 * through the index {@code cell_change (response_id, effective_date, recorded_at, id)}: a correlated
 * "first row" subquery ordered exactly as the index, backwards. {@code response_id} is repeated in the
 * {@code order by} on purpose: H2 only walks an index to satisfy an {@code order by} that names its leading
 * column, and then reads a single entry per cell; PostgreSQL does the same backward index scan either way.
 * The same statement then fetches those changes by primary key.
 */
@ApplicationScoped
public class CellStates {

    /**
     * Every cell with the change and the verification stamp in effect at the end of a day. The derived table
     * finds, per cell, the id of its change (latest in effective order with effective date on or before the
     * day) and of its stamp (latest before the end of the day), each a "first row" subquery that walks its index
     * backwards; the outer joins then fetch both by primary key. Parameters: the day, the end of the day, the
     * request (and the jurisdiction, in {@link #ONE_JURISDICTION}).
     */
    private static final String CELLS = """
            select s.id, s.jurisdiction_code, s.field_id, s.version,
                   c.new_status, c.effective_date, c.note, c.legal_basis, c.conditions, c.source_url, c.source_title,
                   c.contested, c.contested_source_url, c.contested_source_title, c.contested_communication_id,
                   c.recorded_at, c.recorded_by, v.verified_at, v.verified_by
              from (select r.id, r.jurisdiction_code, r.field_id, r.version,
                           (select c2.id from cell_change c2
                             where c2.response_id = r.id and c2.effective_date <= ?
                             order by c2.response_id desc, c2.effective_date desc, c2.recorded_at desc, c2.id desc
                             fetch first 1 row only) as change_id,
                           (select v2.id from cell_verification v2
                             where v2.response_id = r.id and v2.verified_at < ?
                             order by v2.response_id desc, v2.verified_at desc, v2.id desc
                             fetch first 1 row only) as verification_id
                      from response r
                     where r.request_id = ?%s) s
              left join cell_change c on c.id = s.change_id
              left join cell_verification v on v.id = s.verification_id""";

    private static final String ALL_CELLS = CELLS.formatted("");
    private static final String ONE_JURISDICTION = CELLS.formatted(" and r.jurisdiction_code = ?");

    /** "Now": later than any effective date a cell can hold, and than any moment of a verification. */
    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);
    private static final Instant END_OF_TIME_INSTANT = Instant.parse("9999-12-31T00:00:00Z");

    private final EntityManager entityManager;
    private final ZoneId zone;

    public CellStates(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.zone = clock.getZone();
    }

    /** Every cell of a request; {@code asOf} null means as it is now. */
    public List<CellState> of(long requestId, LocalDate asOf) {
        return read(requestId, null, asOf);
    }

    /** The cells of one jurisdiction for a request; {@code asOf} null means as it is now. */
    public List<CellState> of(long requestId, String jurisdictionCode, LocalDate asOf) {
        return read(requestId, jurisdictionCode, asOf);
    }

    /**
     * One statement, read straight from its JDBC result ({@link SessionSql}): the page reads hundreds of cells of
     * nineteen columns, and mapping them through the query layer cost more than the statement itself.
     */
    private List<CellState> read(long requestId, String jurisdictionCode, LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : END_OF_TIME;
        Instant dayEnd = asOf != null ? asOf.plusDays(1).atStartOfDay(zone).toInstant() : END_OF_TIME_INSTANT;
        return SessionSql.list(entityManager, jurisdictionCode == null ? ALL_CELLS : ONE_JURISDICTION, statement -> {
            statement.setObject(1, day);
            statement.setObject(2, dayEnd.atOffset(ZoneOffset.UTC));
            statement.setLong(3, requestId);
            if (jurisdictionCode != null) {
                statement.setString(4, jurisdictionCode);
            }
        }, CellStates::state, "reading the cells of a request");
    }

    private static CellState state(ResultSet row) throws SQLException {
        String status = row.getString(5);
        return new CellState(row.getLong(1), row.getString(2), row.getLong(3),
                status == null ? Status.NO_RESPONSE : Status.valueOf(status), row.getObject(6, LocalDate.class),
                row.getString(7), row.getString(8), row.getString(9), row.getString(10), row.getString(11),
                instant(row, 18), row.getString(19), row.getLong(4), instant(row, 16), row.getString(17),
                row.getBoolean(12), row.getString(13), row.getString(14), (Long) row.getObject(15, Long.class));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime moment = row.getObject(column, OffsetDateTime.class);
        return moment == null ? null : moment.toInstant();
    }
}
