package org.datarequest.tracker.cell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.datarequest.tracker.request.DataRequest;

/**
 * Undoes a change set by appending compensating changes — history is never rewritten. For each change of the
 * set, a new change on the same cell and the same effective date gives back the value the cell had there
 * without the set; recorded later, it wins that day, so every day's state is as if the set had not been saved.
 * A revert is refused when a later change set has since changed any of the same cells, or when the set was
 * already reverted.
 */
@ApplicationScoped
public class Reverts {

    /** Why a change set cannot be reverted, in words for the page. */
    public static class RevertRefused extends RuntimeException {
        public RevertRefused(String message) {
            super(message);
        }
    }

    private final EntityManager entityManager;
    private final ChangeRecorder recorder;

    public Reverts(EntityManager entityManager, ChangeRecorder recorder) {
        this.entityManager = entityManager;
        this.recorder = recorder;
    }

    /**
     * @return the compensating changes, all in one new change set that names the one it reverts
     * @throws RevertRefused when a later change set touched the same cells, or the set was reverted already
     */
    @Transactional
    public List<CellChange> revert(DataRequest request, long changeSetId, String recordedBy) {
        ChangeSet set = ChangeSet.findById(changeSetId);
        if (set == null || !set.requestId.equals(request.id)) {
            throw new RevertRefused("There is no change set #" + changeSetId + " in this request.");
        }
        List<Cell> cells = entityManager.createQuery("select r from Cell r where r.id in"
                        + " (select c.cell.id from CellChange c where c.changeSetId = :set) order by r.id", Cell.class)
                .setParameter("set", set.id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        ChangeSet earlierRevert = entityManager.createQuery("select s from ChangeSet s where s.revertsId = :set",
                ChangeSet.class).setParameter("set", set.id).setMaxResults(1).getResultList().stream().findFirst()
                .orElse(null);
        if (earlierRevert != null) {
            throw new RevertRefused("Change set #" + set.id + " was already reverted by change set #"
                    + earlierRevert.id + ".");
        }
        List<CellChange> history = cells.isEmpty() ? List.of() : entityManager.createQuery(
                        "select c from CellChange c join fetch c.field where c.cell in :cells", CellChange.class)
                .setParameter("cells", cells).getResultList();
        List<CellChange> ofSet = history.stream().filter(change -> change.changeSetId.equals(set.id)).toList();
        ofSet.stream().filter(change -> change.field.retired).findFirst().ifPresent(change -> {
            throw new RevertRefused("Change set #" + set.id + " cannot be reverted: the field \u201c"
                    + change.field.label + "\u201d is retired, and a retired field's cells no longer change.");
        });
        long lastOfSet = ofSet.stream().mapToLong(change -> change.id).max().orElse(0);
        List<CellChange> later = history.stream()
                .filter(change -> !change.changeSetId.equals(set.id) && change.id > lastOfSet).toList();
        if (!later.isEmpty()) {
            Set<Long> laterSets = later.stream().map(change -> change.changeSetId).collect(Collectors.toSet());
            CellChange first = later.get(0);
            throw new RevertRefused("Change set #" + set.id + " cannot be reverted: " + later.size()
                    + " of its cells changed since, in change set" + (laterSets.size() > 1 ? "s " : " ")
                    + laterSets.stream().sorted().map(id -> "#" + id).collect(Collectors.joining(", "))
                    + " (for example " + first.jurisdictionCode + ", " + first.field.label + ")."
                    + " Revert those first, or edit the cells.");
        }
        Map<Long, List<CellChange>> othersByCell = new HashMap<>();
        history.stream().filter(change -> !change.changeSetId.equals(set.id))
                .forEach(change -> othersByCell.computeIfAbsent(change.cell.id, id -> new ArrayList<>()).add(change));
        Map<Long, Cell> cellsById = new HashMap<>();
        cells.forEach(cell -> cellsById.put(cell.id, cell));
        ChangeSet revert = recorder.open(request, Saving.by(recordedBy, ChangeSet.Method.REVERT,
                "Reverts change set #" + set.id + ": " + set.summary), set.id);
        List<CellChange> compensating = new ArrayList<>();
        for (CellChange change : ofSet.stream().sorted(EffectiveOrder.ORDER).toList()) {
            CellValue before = EffectiveOrder.before(othersByCell.getOrDefault(change.cell.id, List.of()), change);
            compensating.add(recorder.record(cellsById.get(change.cell.id), revert, before.on(change.effectiveDate())));
        }
        return compensating;
    }
}
