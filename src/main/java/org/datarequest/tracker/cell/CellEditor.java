package org.datarequest.tracker.cell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.datarequest.tracker.TrackerException;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.DataVersions;
import org.datarequest.tracker.request.RequestedField;

/**
 * Writes cells for editors: the one-form editor, the single-cell form, bulk edits, the import and the API all
 * come here. A save is all or nothing and one change set; only edits that {@link EditPlan} finds to say
 * something new become changes; and a cell that someone else saved since the editor loaded it (its version
 * moved on) stops the whole save with an {@link EditConflictException}.
 */
@ApplicationScoped
public class CellEditor {

    /** Thrown when an edit names a cell the request does not have. */
    public static class UnknownCellException extends TrackerException {
        public UnknownCellException(String jurisdictionCode, String fieldKey) {
            super(Kind.INVALID, "unknown-cell", fieldKey,
                    "There is no cell " + jurisdictionCode + "/" + fieldKey + " in this request.");
        }

        public UnknownCellException(String jurisdictionCode, String fieldKey, String message) {
            super(Kind.INVALID, "retired-field", fieldKey, message);
        }
    }

    private final EntityManager entityManager;
    private final ChangeRecorder recorder;
    private final DataVersions versions;
    private final Clock clock;

    public CellEditor(EntityManager entityManager, ChangeRecorder recorder, DataVersions versions, Clock clock) {
        this.entityManager = entityManager;
        this.recorder = recorder;
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * Applies {@code edits} in one transaction, as one change set described by {@code saving} (opened only when
     * something changes).
     *
     * @return the changes recorded, in the order of the edits
     * @throws EditConflictException when any cell's version differs from the edit's expected version
     * @throws UnknownCellException when an edit names a jurisdiction or field the request does not cover
     */
    @Transactional
    public List<CellChange> apply(DataRequest request, List<CellEdit> requested, Saving saving) {
        Map<String, Cell> cells = lockCells(request, requested);
        List<CellEdit> edits = keepingContests(requested, cells, saving);
        List<EditConflictException.Conflict> conflicts = new ArrayList<>();
        for (CellEdit edit : edits) {
            Cell cell = cells.get(key(edit.jurisdictionCode(), edit.fieldKey()));
            if (cell.version != edit.expectedVersion()) {
                conflicts.add(new EditConflictException.Conflict(edit, view(cell)));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new EditConflictException(conflicts);
        }
        Map<Long, CellValue> current = new HashMap<>();
        cells.values().forEach(cell -> current.put(cell.id, cell.value));
        EditPlan plan = EditPlan.over(current, edits.stream().map(edit -> edit.value().effectiveDate()).toList());
        ChangeSet changeSet = null;
        List<CellChange> changes = new ArrayList<>();
        for (CellEdit edit : edits) {
            Cell cell = cells.get(key(edit.jurisdictionCode(), edit.fieldKey()));
            if (plan.next(cell.id, edit.value()) != EditPlan.Outcome.UNCHANGED) {
                if (changeSet == null) {
                    changeSet = recorder.open(request, saving);
                }
                changes.add(recorder.record(cell, changeSet, edit.value()));
            }
        }
        return changes;
    }

    /**
     * Bulk edits, imports and the API say nothing about a cell being contested (their files and bodies have no
     * such column): their edits keep a contested cell's mark and other source. The cell and one-form editors show
     * the mark, so what they send is what the cell becomes; a revert restores values exactly.
     */
    private static List<CellEdit> keepingContests(List<CellEdit> edits, Map<String, Cell> cells, Saving saving) {
        if (saving.method() != ChangeSet.Method.BULK && saving.method() != ChangeSet.Method.IMPORT
                && saving.method() != ChangeSet.Method.API) {
            return edits;
        }
        List<CellEdit> kept = new ArrayList<>(edits.size());
        for (CellEdit edit : edits) {
            CellValue now = cells.get(key(edit.jurisdictionCode(), edit.fieldKey())).value;
            kept.add(!now.contested() || edit.value().contested() ? edit : new CellEdit(edit.jurisdictionCode(),
                    edit.fieldKey(), edit.expectedVersion(), edit.value().contested(true, now.contestedSourceUrl(),
                    now.contestedSourceTitle(), now.contestedCommunicationId())));
        }
        return kept;
    }

    /**
     * Stamps "verified, unchanged" on cells: who checked and when, without recording a change and without
     * moving the cells' versions (nobody's open form is made stale by a check). Each stamp is also kept in the
     * verification log, so past days show the stamps as they were.
     *
     * @return how many cells were stamped
     */
    @Transactional
    public int verify(DataRequest request, String jurisdictionCode, Collection<String> fieldKeys, String verifiedBy) {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entityManager.createNativeQuery("insert into cell_verification (response_id, request_id, verified_at, verified_by)"
                        + " select r.id, r.request_id, :now, :who from response r join requested_field f on f.id = r.field_id"
                        + " where r.request_id = :request and r.jurisdiction_code = :code and f.field_key in :keys")
                .setParameter("now", now)
                .setParameter("who", verifiedBy)
                .setParameter("request", request.id)
                .setParameter("code", jurisdictionCode)
                .setParameter("keys", fieldKeys)
                .executeUpdate();
        int stamped = entityManager.createQuery("update Cell r set r.verifiedAt = :now, r.verifiedBy = :who"
                        + " where r.request = :request and r.jurisdiction.code = :code"
                        + " and r.field.id in (select f.id from RequestedField f where f.request = :request"
                        + " and f.key in :keys)")
                .setParameter("now", now)
                .setParameter("who", verifiedBy)
                .setParameter("request", request)
                .setParameter("code", jurisdictionCode)
                .setParameter("keys", fieldKeys)
                .executeUpdate();
        versions.bump(request);
        return stamped;
    }

    /**
     * Loads and locks the edited cells, in id order so that two bulk edits never wait on each other in a
     * circle; a concurrent save of the same cell waits here and then sees the version it moved to.
     */
    private Map<String, Cell> lockCells(DataRequest request, List<CellEdit> edits) {
        Map<Long, String> keysById = new HashMap<>();
        Set<String> wantedKeys = new HashSet<>();
        Set<String> codes = new HashSet<>();
        edits.forEach(edit -> {
            wantedKeys.add(edit.fieldKey());
            codes.add(edit.jurisdictionCode());
        });
        for (RequestedField field : RequestedField.activeOf(request)) {
            if (wantedKeys.contains(field.key)) {
                keysById.put(field.id, field.key);
            }
        }
        Map<String, Cell> cells = new HashMap<>();
        if (!keysById.isEmpty()) {
            List<Cell> locked = entityManager.createQuery("select r from Cell r where r.request = :request"
                            + " and r.jurisdiction.code in :codes and r.field.id in :fields order by r.id", Cell.class)
                    .setParameter("request", request)
                    .setParameter("codes", codes)
                    .setParameter("fields", keysById.keySet())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            locked.forEach(cell -> cells.put(key(cell.jurisdiction.code, keysById.get(cell.field.id)), cell));
        }
        for (CellEdit edit : edits) {
            if (!cells.containsKey(key(edit.jurisdictionCode(), edit.fieldKey()))) {
                boolean retired = RequestedField.count("request = ?1 and key = ?2 and retired = true", request,
                        edit.fieldKey()) > 0;
                throw retired ? new UnknownCellException(edit.jurisdictionCode(), edit.fieldKey(), "The field \u201c"
                        + edit.fieldKey() + "\u201d is retired: its cells keep their history but can no longer change.")
                        : new UnknownCellException(edit.jurisdictionCode(), edit.fieldKey());
            }
        }
        return cells;
    }

    static CellState view(Cell cell) {
        CellValue value = cell.value;
        return new CellState(cell.id, cell.jurisdiction.code, cell.field.id, value.status(), value.effectiveDate(),
                value.note(), value.legalBasis(), value.conditions(), value.sourceUrl(), value.sourceTitle(),
                cell.verifiedAt, cell.verifiedBy, cell.version, null, null, value.contested(),
                value.contestedSourceUrl(), value.contestedSourceTitle(), value.contestedCommunicationId());
    }

    private static String key(String jurisdictionCode, String fieldKey) {
        return jurisdictionCode + "/" + fieldKey;
    }
}
