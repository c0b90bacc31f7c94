package org.datarequest.tracker.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.datarequest.tracker.history.CellChange;
import org.datarequest.tracker.request.DataVersions;

/**
 * The one place that changes a cell. It appends a change and, when that change is the latest by effective
 * date (then recorded time), makes it the cell's current value; a backdated change is kept in history
 * without hiding the later ones (PRODUCT.md section 6).
 */
@ApplicationScoped
public class ChangeRecorder {

    private final EntityManager entityManager;
    private final Clock clock;

    @Inject
    DataVersions versions;

    public ChangeRecorder(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Records {@code value} on {@code cell} as said by {@code recordedBy}. The cell's version goes up even
     * when the change is backdated, so a form that started before it sees a conflict.
     *
     * @return the change that was appended
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CellChange record(Response cell, CellValue value, String recordedBy) {
        Objects.requireNonNull(value.effectiveDate(), "effective date");
        Instant now = clock.instant();
        Status oldStatus = statusBefore(cell, value);
        CellChange change = CellChange.of(cell, oldStatus, value, now, recordedBy);
        change.persist();
        if (cell.effectiveDate == null || !value.effectiveDate().isBefore(cell.effectiveDate)) {
            cell.apply(value);
        }
        entityManager.lock(cell, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        versions.bump(cell.request.id);
        return change;
    }

    /** The status the cell had at the end of the new change's effective date, before this change. */
    private Status statusBefore(Response cell, CellValue value) {
        if (cell.id == null) {
            return Status.NO_RESPONSE;
        }
        List<Status> latest = entityManager.createQuery(
                        "select c.newStatus from CellChange c where c.response = :cell and c.effectiveDate <= :day"
                                + " order by c.effectiveDate desc, c.recordedAt desc, c.id desc", Status.class)
                .setParameter("cell", cell)
                .setParameter("day", value.effectiveDate())
                .setMaxResults(1)
                .getResultList();
        return latest.isEmpty() ? Status.NO_RESPONSE : latest.get(0);
    }
}
