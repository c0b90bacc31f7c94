package org.datarequest.tracker.tracking;

import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.communication.Communications;
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
    record Parsed(List<CellFormRow> rows, List<CellEdit> edits, boolean valid, Long communicationId) {

        /** How the save is described, citing the communication picked as its source, if any. */
        org.datarequest.tracker.cell.Saving saving(String user, org.datarequest.tracker.cell.ChangeSet.Method method,
                                                   String summary) {
            return new org.datarequest.tracker.cell.Saving(user, method, summary, null, null, communicationId);
        }
    }

    private CellForms() {
    }

    static Parsed parse(DataRequest request, String jurisdictionCode, List<RequestedField> fields,
                        MultivaluedMap<String, String> form, boolean singleCell, CellValidator validator) {
        List<CellFormRow> rows = new ArrayList<>();
        List<CellEdit> edits = new ArrayList<>();
        boolean valid = true;
        // a communication picked as the source of the save: it fills every source left blank, and is cited
        Communication cited = cited(request, form.getFirst("communication"));
        for (RequestedField field : fields) {
            String suffix = singleCell ? "" : "." + field.key;
            String sourceUrl = form.getFirst("sourceUrl" + suffix);
            String sourceTitle = form.getFirst("sourceTitle" + suffix);
            if (cited != null && blank(sourceUrl) && blank(sourceTitle)) {
                sourceUrl = cited.sourceUrl;
                sourceTitle = cited.sourceTitle != null ? cited.sourceTitle : cited.title;
            }
            CellInput input = new CellInput(form.getFirst("status" + suffix), form.getFirst("effectiveDate" + suffix),
                    form.getFirst("note" + suffix), form.getFirst("legalBasis" + suffix),
                    form.getFirst("conditions" + suffix), sourceUrl, sourceTitle,
                    form.getFirst("contested" + suffix), form.getFirst("contestedSourceUrl" + suffix),
                    form.getFirst("contestedSourceTitle" + suffix), form.getFirst("contestedCommunication" + suffix));
            long version = parseVersion("version" + suffix, form.getFirst("version" + suffix));
            CellValidator.Validated validated = validator.validate(request, input);
            rows.add(new CellFormRow(field, input, validated.errors(), version, null));
            if (validated.isValid()) {
                edits.add(new CellEdit(jurisdictionCode, field.key, version, validated.value()));
            } else {
                valid = false;
            }
        }
        return new Parsed(rows, edits, valid, cited == null ? null : cited.id);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The communication picked as the save's source: blank is none, anything else must be one of the request's. */
    private static Communication cited(DataRequest request, String id) {
        if (blank(id)) {
            return null;
        }
        try {
            return Communications.byId(request, Long.parseLong(id.strip())).orElseThrow(() ->
                    new org.datarequest.tracker.web.BadParameterException("communication", id,
                            "no communication of this request has this id"));
        } catch (NumberFormatException e) {
            throw new org.datarequest.tracker.web.BadParameterException("communication", id, "expected a whole number");
        }
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
