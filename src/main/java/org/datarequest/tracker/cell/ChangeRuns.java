package org.datarequest.tracker.cell;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A list of changes read the way a person reads it: consecutive changes of one save (a change set) under one
 * heading, with the note and source they all share said once in it, and a note or source equal to the row
 * above folded. Templates call it as {@code history:runs(changes)}; it reads only what the changes hold.
 */
@TemplateExtension(namespace = "history")
public final class ChangeRuns {

    private ChangeRuns() {
    }

    /**
     * Consecutive changes of one change set.
     *
     * @param note   the note every change of the run has (the run has more than one), else null
     * @param source the change whose source every change of the run cites, else null
     */
    public record Run(long changeSetId, Instant recordedAt, String recordedBy, List<Row> rows, String note,
                      CellValue source) {

        public int size() {
            return rows.size();
        }
    }

    /** One change, and whether its note and source are shown on its row (not said above). */
    public record Row(CellChange change, boolean showNote, boolean showSource) {
    }

    static List<Run> runs(List<CellChange> changes) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= changes.size(); i++) {
            if (i == changes.size() || !Objects.equals(changes.get(i).changeSetId, changes.get(start).changeSetId)) {
                runs.add(run(changes.subList(start, i)));
                start = i;
            }
        }
        return runs;
    }

    private static Run run(List<CellChange> changes) {
        CellChange first = changes.get(0);
        boolean oneNote = changes.size() > 1 && first.value.note() != null
                && changes.stream().allMatch(change -> Objects.equals(change.value.note(), first.value.note()));
        boolean oneSource = changes.size() > 1 && first.value.hasSource()
                && changes.stream().allMatch(change -> sameSource(change.value, first.value));
        List<Row> rows = new ArrayList<>(changes.size());
        CellValue above = null;
        for (CellChange change : changes) {
            // "as above" only where there is something above to repeat: under an empty note or source it pointed
            // at nothing
            boolean noteRepeats = above != null && change.value.note() != null
                    && Objects.equals(above.note(), change.value.note());
            boolean sourceRepeats = above != null && change.value.hasSource() && sameSource(above, change.value);
            rows.add(new Row(change, !oneNote && !noteRepeats, !oneSource && !sourceRepeats));
            above = change.value;
        }
        return new Run(first.changeSetId, first.recordedAt, first.recordedBy, rows, oneNote ? first.value.note() : null,
                oneSource ? first.value : null);
    }

    private static boolean sameSource(CellValue one, CellValue other) {
        return Objects.equals(one.sourceUrl(), other.sourceUrl()) && Objects.equals(one.sourceTitle(), other.sourceTitle());
    }
}
