package org.datarequest.tracker.tracking;

import org.datarequest.tracker.cell.CellEdit;
import org.datarequest.tracker.cell.CellInput;
import org.datarequest.tracker.cell.CellState;
import org.datarequest.tracker.cell.CellValidator;
import org.datarequest.tracker.cell.EditConflictException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;

/**
 * Reads cell rows out of a posted form. A row's inputs are named {@code status.KEY}, {@code note.KEY} …
 * (or plain {@code status}, {@code note} … for the single-cell form, where the key is empty).
 */
final class CellForms {

    /** The rows as typed, each validated; {@code valid} is true when no row has a message. */
    record Parsed(List<CellFormRow> rows, List<CellEdit> edits, boolean valid) {
    }

    private CellForms() {
    }

    static Parsed parse(DataRequest request, String jurisdictionCode, List<RequestedField> fields,
                        MultivaluedMap<String, String> form, boolean singleCell, CellValidator validator) {
        List<CellFormRow> rows = new ArrayList<>();
        List<CellEdit> edits = new ArrayList<>();
        boolean valid = true;
        for (RequestedField field : fields) {
            String suffix = singleCell ? "" : "." + field.key;
            CellInput input = new CellInput(form.getFirst("status" + suffix), form.getFirst("effectiveDate" + suffix),
                    form.getFirst("note" + suffix), form.getFirst("legalBasis" + suffix),
                    form.getFirst("conditions" + suffix), form.getFirst("sourceUrl" + suffix),
                    form.getFirst("sourceTitle" + suffix));
            long version = parseVersion("version" + suffix, form.getFirst("version" + suffix));
            CellValidator.Validated validated = validator.validate(request, input);
            rows.add(new CellFormRow(field, input, validated.errors(), version, null));
            if (validated.isValid()) {
                edits.add(new CellEdit(jurisdictionCode, field.key, version, validated.value()));
            } else {
                valid = false;
            }
        }
        return new Parsed(rows, edits, valid);
    }

    /** The rows again after a conflict: what was typed, with the cells as they are now beside them. */
    static List<CellFormRow> withConflicts(List<CellFormRow> rows, EditConflictException conflict) {
        Map<String, CellState> theirs = new java.util.HashMap<>();
        conflict.conflicts.forEach(one -> theirs.put(one.yours().fieldKey(), one.current()));
        return rows.stream().map(row -> {
            CellState now = theirs.get(row.field().key);
            return now == null ? row : new CellFormRow(row.field(), row.input(), row.errors(), now.version(), now);
        }).toList();
    }

    /** The version the form started from: absent is -1 (a conflict), anything but a whole number is refused. */
    private static long parseVersion(String name, String text) {
        if (text == null) {
            return -1;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new org.datarequest.tracker.web.BadParameterException(name, text, "expected a whole number");
        }
    }
}
