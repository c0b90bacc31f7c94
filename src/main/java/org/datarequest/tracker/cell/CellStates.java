package org.datarequest.tracker.cell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Reads the cells of a request as they are now, or as they stood at the end of a day, in two statements
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
 * The second statement fetches those changes by primary key.
 */
@ApplicationScoped
public class CellStates {

    /** The id of the change in effect for cell {@code r} at the end of {@code :day}. */
    static final String CHANGE_IN_EFFECT = """
            (select c2.id from cell_change c2
              where c2.response_id = r.id and c2.effective_date <= :day
              order by c2.response_id desc, c2.effective_date desc, c2.recorded_at desc, c2.id desc
              fetch first 1 row only)""";

    /** A column of the latest verification stamp of cell {@code r} before the end of the day. */
    private static String stampInEffect(String column) {
        return """
                (select v.%s from cell_verification v
                  where v.response_id = r.id and v.verified_at < :dayEnd
                  order by v.response_id desc, v.verified_at desc, v.id desc
                  fetch first 1 row only)""".formatted(column);
    }

    private static final String CELLS = "select r.id, r.jurisdiction_code, r.field_id, r.version, "
            + CHANGE_IN_EFFECT + " as change_id, " + stampInEffect("verified_at") + " as verified_at, "
            + stampInEffect("verified_by") + " as verified_by"
            + " from response r where r.request_id = :request";

    /** "Now": later than any effective date a cell can hold. */
    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

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

    private record Slot(long cellId, String jurisdictionCode, long fieldId, long version, Long changeId,
                        Instant verifiedAt, String verifiedBy) {
    }

    @SuppressWarnings("unchecked")
    private List<CellState> read(long requestId, String jurisdictionCode, LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : END_OF_TIME;
        Instant dayEnd = asOf != null ? asOf.plusDays(1).atStartOfDay(zone).toInstant() : Instant.parse("9999-12-31T00:00:00Z");
        String sql = jurisdictionCode == null ? CELLS : CELLS + " and r.jurisdiction_code = :code";
        NativeQuery<Slot> query = entityManager.createNativeQuery(sql).unwrap(NativeQuery.class);
        query.addScalar("id", StandardBasicTypes.LONG)
                .addScalar("jurisdiction_code", StandardBasicTypes.STRING)
                .addScalar("field_id", StandardBasicTypes.LONG)
                .addScalar("version", StandardBasicTypes.LONG)
                .addScalar("change_id", StandardBasicTypes.LONG)
                .addScalar("verified_at", StandardBasicTypes.INSTANT)
                .addScalar("verified_by", StandardBasicTypes.STRING)
                .setTupleTransformer((tuple, aliases) -> new Slot((Long) tuple[0], (String) tuple[1], (Long) tuple[2],
                        (Long) tuple[3], (Long) tuple[4], (Instant) tuple[5], (String) tuple[6]));
        query.setParameter("request", requestId).setParameter("day", day).setParameter("dayEnd", dayEnd);
        if (jurisdictionCode != null) {
            query.setParameter("code", jurisdictionCode);
        }
        List<Slot> slots = query.getResultList();
        Map<Long, CellChange> changes = changes(slots.stream().map(Slot::changeId).filter(id -> id != null).toList());
        List<CellState> states = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            CellChange change = slot.changeId() == null ? null : changes.get(slot.changeId());
            CellValue value = change == null ? CellValue.NO_RESPONSE : change.value;
            states.add(new CellState(slot.cellId(), slot.jurisdictionCode(), slot.fieldId(), value.status(),
                    value.effectiveDate(), value.note(), value.legalBasis(), value.conditions(), value.sourceUrl(),
                    value.sourceTitle(), slot.verifiedAt(), slot.verifiedBy(),
                    slot.version(), change == null ? null : change.recordedAt, change == null ? null : change.recordedBy,
                    value.contested(), value.contestedSourceUrl(), value.contestedSourceTitle(),
                    value.contestedCommunicationId()));
        }
        return states;
    }

    /** The changes in effect, by id: always one statement (with no id to fetch, one that finds nothing). */
    private Map<Long, CellChange> changes(List<Long> ids) {
        Map<Long, CellChange> byId = new HashMap<>();
        entityManager.createQuery("select c from CellChange c where c.id in :ids", CellChange.class)
                .setParameter("ids", ids.isEmpty() ? List.of(-1L) : ids).getResultList()
                .forEach(change -> byId.put(change.id, change));
        return byId;
    }
}
