package org.datarequest.tracker.litigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads litigation as it is now, or as it stood at the end of a day, with the as-of rule of the cells: the
 * latest change in effective order (effective date, then recorded time, then id) dated on or before the day.
 * One statement for every jurisdiction of a request: each covered jurisdiction finds its one change through the
 * index {@code litigation_change (request_id, jurisdiction_code, effective_date, recorded_at, id)}, backwards,
 * so the work grows with the number of jurisdictions, not with the history.
 */
@ApplicationScoped
public class LitigationStates {

    /**
     * In the query language rather than native SQL: Hibernate keeps the plan of such a query, while a native query
     * with an entity result had its result mapping worked out again on every call (most of the statement's cost).
     */
    private static final String IN_EFFECT = """
            select l from Coverage c join LitigationChange l on l.id =
              (select l2.id from LitigationChange l2
                where l2.requestId = c.key.requestId and l2.jurisdictionCode = c.key.jurisdictionCode
                  and l2.effectiveDate <= :day
                order by l2.requestId desc, l2.jurisdictionCode desc, l2.effectiveDate desc,
                         l2.recordedAt desc, l2.id desc
                limit 1)
             where c.key.requestId = :request""";

    /** "Now": later than any effective date a change can hold. */
    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

    private final EntityManager entityManager;

    public LitigationStates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The change in effect for each covered jurisdiction that has one, by code; {@code asOf} null means now. */
    public Map<String, LitigationChange> of(long requestId, LocalDate asOf) {
        return read(IN_EFFECT, requestId, null, asOf);
    }

    /** The change in effect for one jurisdiction (absent from the map when it has none). */
    public Map<String, LitigationChange> of(long requestId, String jurisdictionCode, LocalDate asOf) {
        return read(IN_EFFECT + " and c.key.jurisdictionCode = :code", requestId, jurisdictionCode, asOf);
    }

    private Map<String, LitigationChange> read(String jpql, long requestId, String code, LocalDate asOf) {
        TypedQuery<LitigationChange> query = entityManager.createQuery(jpql, LitigationChange.class)
                .setParameter("request", requestId)
                .setParameter("day", asOf != null ? asOf : END_OF_TIME);
        if (code != null) {
            query.setParameter("code", code);
        }
        Map<String, LitigationChange> byCode = new HashMap<>();
        query.getResultList().forEach(change -> byCode.put(change.jurisdictionCode, change));
        return byCode;
    }

    /**
     * One jurisdiction's litigation history up to the end of {@code asOf} (null: all of it), newest first in
     * effective order: one statement.
     */
    public List<LitigationChange> history(long requestId, String jurisdictionCode, LocalDate asOf) {
        return entityManager.createQuery("select l from LitigationChange l where l.requestId = :request"
                        + " and l.jurisdictionCode = :code and l.effectiveDate <= :day"
                        + " order by l.effectiveDate desc, l.recordedAt desc, l.id desc", LitigationChange.class)
                .setParameter("request", requestId)
                .setParameter("code", jurisdictionCode)
                .setParameter("day", asOf != null ? asOf : END_OF_TIME)
                .getResultList();
    }

    /** Every litigation change of a request up to the end of {@code asOf}, for exports: one statement. */
    public List<LitigationChange> all(long requestId, LocalDate asOf) {
        return entityManager.createQuery("select l from LitigationChange l where l.requestId = :request"
                        + " and l.effectiveDate <= :day"
                        + " order by l.jurisdictionCode, l.effectiveDate, l.recordedAt, l.id", LitigationChange.class)
                .setParameter("request", requestId)
                .setParameter("day", asOf != null ? asOf : END_OF_TIME)
                .getResultList();
    }

    /** The status in effect for a jurisdiction, from a map read by {@link #of}: None when it has no change. */
    public static LitigationStatus statusOf(Map<String, LitigationChange> states, String code) {
        LitigationChange change = states.get(code);
        return change == null ? LitigationStatus.NONE : change.status;
    }
}
