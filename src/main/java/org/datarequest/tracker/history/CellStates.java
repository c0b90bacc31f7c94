package org.datarequest.tracker.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.datarequest.tracker.tracking.Cell;
import org.datarequest.tracker.tracking.Status;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Reads the cells of a request in one statement: as they are now, or as they stood at the end of a day
 * (the latest change with effective date on or before it; among equal dates the later recorded wins).
 */
@ApplicationScoped
public class CellStates {

    private static final String CURRENT = "select new org.datarequest.tracker.tracking.Cell(r.id, r.jurisdiction.code,"
            + " r.field.id, r.status, r.effectiveDate, r.note, r.legalBasis, r.conditions, r.sourceUrl,"
            + " r.sourceTitle, r.verifiedAt, r.verifiedBy, r.version) from Response r where r.request.id = :request";

    private static final String AS_OF = """
            select r.id as response_id, r.jurisdiction_code, r.field_id,
                   coalesce(c.new_status, 'NO_RESPONSE') as status, c.effective_date, c.note, c.legal_basis,
                   c.conditions, c.source_url, c.source_title,
                   case when r.verified_at < :dayEnd then r.verified_at end as verified_at,
                   case when r.verified_at < :dayEnd then r.verified_by end as verified_by,
                   r.version
              from response r
              left join (select ch.response_id, ch.new_status, ch.effective_date, ch.note, ch.legal_basis,
                                ch.conditions, ch.source_url, ch.source_title,
                                row_number() over (partition by ch.response_id
                                                   order by ch.effective_date desc, ch.recorded_at desc, ch.id desc) as rn
                           from cell_change ch
                          where ch.request_id = :request and ch.effective_date <= :day) c
                on c.response_id = r.id and c.rn = 1
             where r.request_id = :request
            """;

    private final EntityManager entityManager;
    private final ZoneId zone;

    public CellStates(EntityManager entityManager, java.time.Clock clock) {
        this.entityManager = entityManager;
        this.zone = clock.getZone();
    }

    /** Every cell of a request; {@code asOf} null means as it is now. */
    public List<Cell> of(long requestId, LocalDate asOf) {
        return asOf == null ? current(requestId, null) : asOf(requestId, null, asOf);
    }

    /** The cells of one jurisdiction for a request; {@code asOf} null means as it is now. */
    public List<Cell> of(long requestId, String jurisdictionCode, LocalDate asOf) {
        return asOf == null ? current(requestId, jurisdictionCode) : asOf(requestId, jurisdictionCode, asOf);
    }

    private List<Cell> current(long requestId, String jurisdictionCode) {
        String jpql = jurisdictionCode == null ? CURRENT : CURRENT + " and r.jurisdiction.code = :code";
        var query = entityManager.createQuery(jpql, Cell.class).setParameter("request", requestId);
        if (jurisdictionCode != null) {
            query.setParameter("code", jurisdictionCode);
        }
        return query.getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Cell> asOf(long requestId, String jurisdictionCode, LocalDate day) {
        String sql = jurisdictionCode == null ? AS_OF : AS_OF + " and r.jurisdiction_code = :code";
        NativeQuery<Cell> query = entityManager.createNativeQuery(sql).unwrap(NativeQuery.class);
        query.addScalar("response_id", StandardBasicTypes.LONG)
                .addScalar("jurisdiction_code", StandardBasicTypes.STRING)
                .addScalar("field_id", StandardBasicTypes.LONG)
                .addScalar("status", StandardBasicTypes.STRING)
                .addScalar("effective_date", StandardBasicTypes.LOCAL_DATE)
                .addScalar("note", StandardBasicTypes.STRING)
                .addScalar("legal_basis", StandardBasicTypes.STRING)
                .addScalar("conditions", StandardBasicTypes.STRING)
                .addScalar("source_url", StandardBasicTypes.STRING)
                .addScalar("source_title", StandardBasicTypes.STRING)
                .addScalar("verified_at", StandardBasicTypes.INSTANT)
                .addScalar("verified_by", StandardBasicTypes.STRING)
                .addScalar("version", StandardBasicTypes.LONG)
                .setTupleTransformer((tuple, aliases) -> new Cell((Long) tuple[0], (String) tuple[1],
                        (Long) tuple[2], Status.valueOf((String) tuple[3]), (LocalDate) tuple[4],
                        (String) tuple[5], (String) tuple[6], (String) tuple[7], (String) tuple[8],
                        (String) tuple[9], (Instant) tuple[10], (String) tuple[11], (Long) tuple[12]));
        query.setParameter("request", requestId)
                .setParameter("day", day)
                .setParameter("dayEnd", day.plusDays(1).atStartOfDay(zone).toInstant());
        if (jurisdictionCode != null) {
            query.setParameter("code", jurisdictionCode);
        }
        return query.getResultList();
    }
}
