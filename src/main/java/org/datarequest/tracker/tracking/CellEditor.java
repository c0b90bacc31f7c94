package org.datarequest.tracker.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.datarequest.tracker.history.CellChange;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.DataVersions;
import org.datarequest.tracker.request.RequestedField;

/**
 * Writes cells for editors: the one-form editor, the single-cell form, bulk edits and the API all come here.
 * A save is all or nothing; only cells whose value really changes get a change; and a cell that someone else
 * saved since the editor loaded it (its version moved on) stops the whole save with an {@link EditConflictException}.
 */
@ApplicationScoped
public class CellEditor {

    /** Thrown when an edit names a cell the request does not have. */
    public static class UnknownCellException extends RuntimeException {
        public UnknownCellException(String jurisdictionCode, String fieldKey) {
            super("There is no cell " + jurisdictionCode + "/" + fieldKey + " in this request.");
        }
    }

    private final EntityManager entityManager;
    private final ChangeRecorder recorder;
    private final Clock clock;

    @Inject
    DataVersions versions;

    public CellEditor(EntityManager entityManager, ChangeRecorder recorder, Clock clock) {
        this.entityManager = entityManager;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * Applies {@code edits} in one transaction.
     *
     * @return the changes recorded, one per cell whose value differs from what it holds now
     * @throws EditConflictException when any cell's version differs from the edit's expected version
     * @throws UnknownCellException when an edit names a jurisdiction or field the request does not cover
     */
    @Transactional
    public List<CellChange> apply(DataRequest request, List<CellEdit> edits, String recordedBy) {
        Map<String, Response> cells = lockCells(request, edits);
        List<EditConflictException.Conflict> conflicts = new ArrayList<>();
        for (CellEdit edit : edits) {
            Response cell = cells.get(key(edit.jurisdictionCode(), edit.fieldKey()));
            if (cell.version != edit.expectedVersion()) {
                conflicts.add(new EditConflictException.Conflict(edit, view(cell)));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new EditConflictException(conflicts);
        }
        List<CellChange> changes = new ArrayList<>();
        for (CellEdit edit : edits) {
            Response cell = cells.get(key(edit.jurisdictionCode(), edit.fieldKey()));
            if (cell.value().isChangedBy(edit.value())) {
                changes.add(recorder.record(cell, edit.value(), recordedBy));
            }
        }
        return changes;
    }

    /**
     * Stamps "verified, unchanged" on cells: who checked and when, without recording a change and without
     * moving the cells' versions (nobody's open form is made stale by a check).
     *
     * @return how many cells were stamped
     */
    @Transactional
    public int verify(DataRequest request, String jurisdictionCode, Collection<String> fieldKeys, String verifiedBy) {
        int stamped = entityManager.createQuery("update Response r set r.verifiedAt = :now, r.verifiedBy = :who"
                        + " where r.request = :request and r.jurisdiction.code = :code"
                        + " and r.field.id in (select f.id from RequestedField f where f.request = :request"
                        + " and f.key in :keys)")
                .setParameter("now", clock.instant())
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
    private Map<String, Response> lockCells(DataRequest request, List<CellEdit> edits) {
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
        Map<String, Response> cells = new HashMap<>();
        if (!keysById.isEmpty()) {
            List<Response> locked = entityManager.createQuery("select r from Response r where r.request = :request"
                            + " and r.jurisdiction.code in :codes and r.field.id in :fields order by r.id", Response.class)
                    .setParameter("request", request)
                    .setParameter("codes", codes)
                    .setParameter("fields", keysById.keySet())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            locked.forEach(cell -> cells.put(key(cell.jurisdiction.code, keysById.get(cell.field.id)), cell));
        }
        for (CellEdit edit : edits) {
            if (!cells.containsKey(key(edit.jurisdictionCode(), edit.fieldKey()))) {
                throw new UnknownCellException(edit.jurisdictionCode(), edit.fieldKey());
            }
        }
        return cells;
    }

    private static Cell view(Response cell) {
        return new Cell(cell.id, cell.jurisdiction.code, cell.field.id, cell.status, cell.effectiveDate, cell.note,
                cell.legalBasis, cell.conditions, cell.sourceUrl, cell.sourceTitle, cell.verifiedAt, cell.verifiedBy,
                cell.version);
    }

    private static String key(String jurisdictionCode, String fieldKey) {
        return jurisdictionCode + "/" + fieldKey;
    }
}
