package org.datarequest.tracker.history;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.request.DataRequest;

/** Reads the change log for pages, the field of each change fetched in the same statement. */
@ApplicationScoped
public class ChangeLog {

    private static final String SELECT = "select c from CellChange c join fetch c.field f where c.requestId = ?1";
    private static final String NEWEST_FIRST = " order by c.recordedAt desc, c.id desc";

    /** The latest changes recorded on a request; with {@code asOf}, only those in effect by that day. */
    public List<CellChange> recent(DataRequest request, LocalDate asOf, int limit) {
        if (asOf == null) {
            return CellChange.find(SELECT + NEWEST_FIRST, request.id).page(0, limit).list();
        }
        return CellChange.find(SELECT + " and c.effectiveDate <= ?2" + NEWEST_FIRST, request.id, asOf)
                .page(0, limit).list();
    }

    public List<CellChange> ofJurisdiction(DataRequest request, String jurisdictionCode) {
        return CellChange.find(SELECT + " and c.jurisdictionCode = ?2" + NEWEST_FIRST, request.id, jurisdictionCode)
                .list();
    }

    public List<CellChange> ofCell(long responseId) {
        return CellChange.find("select c from CellChange c join fetch c.field f where c.response.id = ?1"
                + NEWEST_FIRST, responseId).list();
    }

    /** One page of a request's changes matching {@code query}, newest recorded first, fields fetched. */
    public List<CellChange> page(DataRequest request, ChangeQuery query, int page, int size) {
        Map<String, Object> parameters = ChangeQuery.parameters();
        String where = query.where(parameters);
        var select = CellChange.getEntityManager().createQuery("select c from CellChange c join fetch c.field f"
                + " where c.requestId = :request" + where + " order by c.recordedAt desc, c.id desc", CellChange.class)
                .setParameter("request", request.id).setFirstResult(page * size).setMaxResults(size);
        parameters.forEach(select::setParameter);
        return select.getResultList();
    }

    /** How many of a request's changes match {@code query}. */
    public long count(DataRequest request, ChangeQuery query) {
        Map<String, Object> parameters = ChangeQuery.parameters();
        String where = query.where(parameters);
        var count = CellChange.getEntityManager().createQuery("select count(c) from CellChange c"
                + " where c.requestId = :request" + where, Long.class).setParameter("request", request.id);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }
}
