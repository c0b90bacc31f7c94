package org.datarequest.tracker.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.cell.CellState;

/**
 * What an uploaded file would do: each row with the cell as it stands and the outcome, every error found, and
 * the SHA-256 of the file, which the apply step must present again.
 *
 * @param names jurisdiction names by code, for showing rows
 */
public record ImportPreview(String sha256, List<Planned> rows, List<ImportError> errors, List<String> ignoredColumns,
                            Map<String, String> names) {

    public enum Outcome {
        CHANGE("will change"),
        BACKDATED("will be added to the history; a later change stays current"),
        UNCHANGED("no change");

        public final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    /** One row of the file and the cell it sets. */
    public record Planned(ImportReader.Row row, CellState current, Outcome outcome) {

        public boolean changes() {
            return outcome != Outcome.UNCHANGED;
        }
    }

    /** A file refused before it was read at all (none chosen, too large). */
    public static ImportPreview rejected(ImportError error) {
        return new ImportPreview("", List.of(), List.of(error), List.of(), Map.of());
    }

    /** A file with no error and at least one change can be applied. */
    public boolean canApply() {
        return errors.isEmpty() && !changes().isEmpty();
    }

    public List<Planned> changes() {
        return rows.stream().filter(Planned::changes).toList();
    }

    public long unchangedCount() {
        return rows.size() - changes().size();
    }

    public long backdatedCount() {
        return rows.stream().filter(row -> row.outcome() == Outcome.BACKDATED).count();
    }

    /** The version of each cell the file would change, as read now: kept until the apply. */
    public Map<Long, Long> versionsSeen() {
        Map<Long, Long> versions = new HashMap<>();
        changes().forEach(row -> versions.put(row.current().responseId(), row.current().version()));
        return versions;
    }
}
