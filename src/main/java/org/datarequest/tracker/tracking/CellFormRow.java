package org.datarequest.tracker.tracking;

import org.datarequest.tracker.cell.CellInput;
import org.datarequest.tracker.cell.CellState;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.web.FormErrors;

/**
 * One cell in an edit form: its field, what the form shows (the cell's value, or what was typed), the
 * messages for what was typed, the version the form started from, and — after a conflict — the cell as it is now.
 */
public record CellFormRow(RequestedField field, CellInput input, FormErrors errors, long version, CellState theirs) {

    public static CellFormRow of(RequestedField field, CellState cell) {
        return new CellFormRow(field, CellInput.of(cell.value()), new FormErrors(), cell.version(), null);
    }

    public boolean isConflicted() {
        return theirs != null;
    }
}
