package org.datarequest.tracker.cell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.datarequest.tracker.ProductMetrics;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.DataVersions;

/**
 * The one place that changes a cell. It opens the change set of a save, appends each change to it and, when a
 * change is the latest by effective date (then recorded time), makes it the cell's current value; a backdated
 * change is kept in history, marked as such, without hiding the later ones (PRODUCT.md section 6).
 */
@ApplicationScoped
public class ChangeRecorder {

    private final EntityManager entityManager;
    private final Clock clock;
    private final ProductMetrics metrics;
    private final DataVersions versions;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<ChangeSetOpened> opened;

    public ChangeRecorder(EntityManager entityManager, Clock clock, ProductMetrics metrics, DataVersions versions) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.metrics = metrics;
        this.versions = versions;
    }

    /** Opens the change set of one save. Its time is every change's recorded time, to the microsecond. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeSet open(DataRequest request, Saving saving) {
        return open(request, saving, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    ChangeSet open(DataRequest request, Saving saving, Long reverts) {
        ChangeSet set = new ChangeSet();
        set.requestId = request.id;
        set.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        set.recordedBy = saving.recordedBy();
        set.method = saving.method();
        set.summary = saving.summary();
        set.sourceUrl = saving.sourceUrl();
        set.sourceTitle = saving.sourceTitle();
        set.communicationId = saving.communicationId();
        set.revertsId = reverts;
        set.persist();
        opened.fire(new ChangeSetOpened(request, set));
        return set;
    }

    /**
     * Records {@code value} on {@code cell} in {@code changeSet}. The cell's version goes up even when the
     * change is backdated, so a form that started before it sees a conflict.
     *
     * @return the change that was appended
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CellChange record(Cell cell, ChangeSet changeSet, CellValue value) {
        Objects.requireNonNull(value.effectiveDate(), "effective date");
        // the cell holds the latest value by effective date: anything earlier goes into its past
        boolean backdated = cell.value.effectiveDate() != null && value.effectiveDate().isBefore(cell.value.effectiveDate());
        CellChange change = CellChange.of(cell, changeSet, value, backdated);
        change.communicationId = changeSet.communicationId;
        change.persist();
        metrics.changeRecorded();
        versions.bump(cell.request.id);
        if (!backdated) {
            cell.value = value;
        }
        entityManager.lock(cell, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return change;
    }

    /** Records one change as a change set of its own (a single cell saved on its own). */
    @Transactional(Transactional.TxType.MANDATORY)
    public CellChange record(Cell cell, CellValue value, Saving saving) {
        return record(cell, open(cell.request, saving), value);
    }
}
