package org.datarequest.tracker.cell;

import java.util.List;

/**
 * Someone else saved one or more of the cells since the editor loaded them. Nothing was written; each
 * conflict holds what the editor wanted and what the cell holds now, so neither is lost.
 */
public class EditConflictException extends RuntimeException {

    /** What the editor sent, beside the cell as it is now. */
    public record Conflict(CellEdit yours, CellState current) {
    }

    public final List<Conflict> conflicts;

    public EditConflictException(List<Conflict> conflicts) {
        super(conflicts.size() + " cell(s) changed since they were loaded");
        this.conflicts = List.copyOf(conflicts);
    }
}
