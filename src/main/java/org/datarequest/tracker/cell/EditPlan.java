package org.datarequest.tracker.cell;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides, edit by edit, what a save does to each cell — the rule shared by every editor and by the import's
 * preview, so a preview never promises what the save then does differently:
 * <ul>
 *   <li>an edit taking effect on or after the cell's current date is a <b>change</b> when it says something new
 *       (another status, note, legal basis, conditions or source, or a later date); else it is unchanged;</li>
 *   <li>an edit taking effect before it goes into the cell's past: <b>backdated</b>, unless the change in effect
 *       at the end of that very day already took effect that day with exactly this value — then it is
 *       unchanged, which makes importing a file (snapshots, exports, {@code asOf} exports) twice a no-op.</li>
 * </ul>
 * Edits are planned in order, each seeing the ones before it, so rows of one file can backdate each other.
 */
public final class EditPlan {

    public enum Outcome {
        CHANGE, BACKDATED, UNCHANGED
    }

    private final Map<Long, CellValue> current;
    private final Map<String, CellValue> sameDay;

    /**
     * @param current the current value of every cell that may be edited, by cell id
     * @param recorded the changes already recorded on those cells on the edits' days, in recorded order
     */
    private EditPlan(Map<Long, CellValue> current, List<CellChange> recorded) {
        this.current = new HashMap<>(current);
        this.sameDay = new HashMap<>();
        recorded.forEach(change -> sameDay.put(key(change.cell.id, change.effectiveDate()), change.value));
    }

    /**
     * The plan over cells as they are now ({@code current}, by cell id) for edits taking effect on {@code days}:
     * one statement reads the changes already recorded on those cells on those days. The editor and the
     * import's preview both start from here, so they see the same changes.
     */
    public static EditPlan over(Map<Long, CellValue> current, Collection<LocalDate> days) {
        List<LocalDate> dated = days.stream().filter(Objects::nonNull).distinct().toList();
        List<CellChange> recorded = current.isEmpty() || dated.isEmpty() ? List.of() : CellChange.<CellChange>find(
                "cell.id in ?1 and value.effectiveDate in ?2 order by recordedAt, id",
                List.copyOf(current.keySet()), dated).list();
        return new EditPlan(current, recorded);
    }

    /** Pure form for tests and previews: {@code recorded} maps "cellId/day" to the last value recorded on that day. */
    static EditPlan of(Map<Long, CellValue> current, Map<String, CellValue> recorded) {
        EditPlan plan = new EditPlan(current, List.of());
        plan.sameDay.putAll(recorded);
        return plan;
    }

    /** What recording {@code wanted} on the cell does, given every edit planned before it. */
    public Outcome next(long cellId, CellValue wanted) {
        CellValue now = current.getOrDefault(cellId, CellValue.NO_RESPONSE);
        LocalDate day = wanted.effectiveDate();
        Outcome outcome;
        if (now.effectiveDate() == null || !day.isBefore(now.effectiveDate())) {
            outcome = now.isChangedBy(wanted) ? Outcome.CHANGE : Outcome.UNCHANGED;
        } else {
            outcome = wanted.equals(sameDay.get(key(cellId, day))) ? Outcome.UNCHANGED : Outcome.BACKDATED;
        }
        if (outcome != Outcome.UNCHANGED) {
            sameDay.put(key(cellId, day), wanted);
        }
        if (outcome == Outcome.CHANGE) {
            current.put(cellId, wanted);
        }
        return outcome;
    }

    static String key(long cellId, LocalDate day) {
        return cellId + "/" + day;
    }
}
