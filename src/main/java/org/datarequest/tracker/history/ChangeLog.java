package org.datarequest.tracker.history;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
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
}
