package org.datarequest.tracker.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * When and by whom each cell's shown value was recorded: the change that the current (or "as of") rule
 * picks for the cell, read for a whole request in one statement. Cells never changed have no entry.
 */
@ApplicationScoped
public class CellProvenance {

    /** The recording behind a cell's value. */
    public record Recorded(Instant recordedAt, String recordedBy) {
    }

    private static final String SQL = """
            select c.response_id, c.recorded_at, c.recorded_by
              from (select ch.response_id, ch.recorded_at, ch.recorded_by,
                           row_number() over (partition by ch.response_id
                                              order by ch.effective_date desc, ch.recorded_at desc, ch.id desc) as rn
                      from cell_change ch
                     where ch.request_id = :request and ch.effective_date <= :day) c
             where c.rn = 1
            """;

    private final EntityManager entityManager;

    public CellProvenance(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** By response id; {@code asOf} null means the current values. */
    @SuppressWarnings("unchecked")
    public Map<Long, Recorded> of(long requestId, LocalDate asOf) {
        NativeQuery<Object[]> query = entityManager.createNativeQuery(SQL).unwrap(NativeQuery.class);
        query.addScalar("response_id", StandardBasicTypes.LONG)
                .addScalar("recorded_at", StandardBasicTypes.INSTANT)
                .addScalar("recorded_by", StandardBasicTypes.STRING)
                .setParameter("request", requestId)
                // the current value is the latest by effective date, whatever that date is
                .setParameter("day", asOf != null ? asOf : LocalDate.of(9999, 12, 31));
        Map<Long, Recorded> recorded = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            recorded.put((Long) row[0], new Recorded((Instant) row[1], (String) row[2]));
        }
        return recorded;
    }
}
