package org.datarequest.tracker.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.api.ApiWrites.BatchItem;
import org.datarequest.tracker.api.ApiWrites.CellWrite;
import org.datarequest.tracker.api.ApiWrites.ItemErrors;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.cell.CellEdit;
import org.datarequest.tracker.cell.CellEditor;
import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.Saving;
import org.datarequest.tracker.cell.CellValidator;

/**
 * Turns API writes into cell edits: each item validated by the shared {@link CellValidator}, then all applied
 * by the shared {@link CellEditor} (one transaction, optimistic versions). No rule lives here.
 */
@ApplicationScoped
public class CellWrites {

    /** Items that break the rules, each with its messages; nothing was written. */
    public static class Invalid extends RuntimeException {
        public final List<ItemErrors> items;

        Invalid(List<ItemErrors> items) {
            super(items.size() + " invalid item(s)");
            this.items = items;
        }
    }

    private final CellValidator validator;
    private final CellEditor editor;

    public CellWrites(CellValidator validator, CellEditor editor) {
        this.validator = validator;
        this.editor = editor;
    }

    public List<CellChange> apply(DataRequest request, List<BatchItem> items, String user) {
        if (items == null || items.isEmpty()) {
            throw new Invalid(List.of(new ItemErrors(0, null, null, Map.of("items", "Send at least one cell."))));
        }
        // which cells exist, read once, so that every item naming a cell the request lacks is reported at once
        java.util.Set<String> covered = new java.util.HashSet<>();
        org.datarequest.tracker.request.Coverage.of(request).forEach(one -> covered.add(one.jurisdiction.code));
        Map<String, Boolean> retiredByKey = new java.util.HashMap<>();
        org.datarequest.tracker.request.RequestedField.allOf(request).forEach(one -> retiredByKey.put(one.key, one.retired));
        List<ItemErrors> invalid = new ArrayList<>();
        List<CellEdit> edits = new ArrayList<>();
        Map<String, Integer> firstItemOfCell = new java.util.HashMap<>();
        for (int index = 0; index < items.size(); index++) {
            BatchItem item = items.get(index);
            if (item == null) {
                invalid.add(new ItemErrors(index, null, null, Map.of("item", "An item is empty.")));
                continue;
            }
            CellWrite write = item.write();
            CellValidator.Validated validated = validator.validate(request, write.input());
            Map<String, String> errors = new java.util.LinkedHashMap<>(validated.errors().asMap());
            if (item.jurisdiction() == null || item.jurisdiction().isBlank()) {
                errors.put("jurisdiction", "Name the jurisdiction by its USPS code.");
            }
            if (item.field() == null || item.field().isBlank()) {
                errors.put("field", "Name the field by its key.");
            } else if (!org.datarequest.tracker.PlainText.Check.isPlain(item.field())) {
                errors.put("field", "Remove the control characters (such as NUL) from the field key.");
            }
            if (item.jurisdiction() != null && !org.datarequest.tracker.PlainText.Check.isPlain(item.jurisdiction())) {
                errors.put("jurisdiction", "Remove the control characters (such as NUL) from the jurisdiction code.");
            }
            if (!errors.containsKey("jurisdiction")
                    && !covered.contains(item.jurisdiction().strip().toUpperCase(java.util.Locale.ROOT))) {
                errors.put("jurisdiction", "There is no cell " + item.jurisdiction() + "/" + item.field()
                        + " in this request: it does not cover the jurisdiction \u201c" + item.jurisdiction() + "\u201d.");
            }
            if (!errors.containsKey("field") && !retiredByKey.containsKey(item.field().strip())) {
                errors.put("field", "There is no cell " + item.jurisdiction() + "/" + item.field()
                        + " in this request: it has no field \u201c" + item.field() + "\u201d.");
            } else if (!errors.containsKey("field") && retiredByKey.get(item.field().strip())) {
                errors.put("field", "The field \u201c" + item.field() + "\u201d is retired: its cells keep their history"
                        + " but can no longer change.");
            }
            if (write.version() == null) {
                errors.put("version", "Send the version of the cell you started from (read it first).");
            }
            if (!errors.containsKey("jurisdiction") && !errors.containsKey("field")) {
                Integer earlier = firstItemOfCell.putIfAbsent(item.jurisdiction().strip().toUpperCase(java.util.Locale.ROOT)
                        + "/" + item.field().strip(), index);
                if (earlier != null) {
                    errors.put("cell", "Item " + earlier + " already sets this cell: set each cell once per batch.");
                }
            }
            if (!errors.isEmpty()) {
                invalid.add(new ItemErrors(index, item.jurisdiction(), item.field(), errors));
            } else {
                edits.add(new CellEdit(item.jurisdiction().strip().toUpperCase(java.util.Locale.ROOT),
                        item.field().strip(), write.version(), validated.value()));
            }
        }
        if (!invalid.isEmpty()) {
            throw new Invalid(invalid);
        }
        try {
            return editor.apply(request, edits, Saving.by(user, ChangeSet.Method.API,
                    "API: " + edits.size() + (edits.size() == 1 ? " cell" : " cells")));
        } catch (CellEditor.UnknownCellException unknown) {
            int index = indexOf(edits, unknown.getMessage());
            CellEdit edit = edits.get(Math.max(index, 0));
            throw new Invalid(List.of(new ItemErrors(index, edit.jurisdictionCode(), edit.fieldKey(),
                    Map.of("cell", unknown.getMessage()))));
        }
    }

    /** Which edit the editor's "no such cell" message names (edits keep the items' order). */
    private static int indexOf(List<CellEdit> edits, String message) {
        for (int i = 0; i < edits.size(); i++) {
            if (message.contains(" " + edits.get(i).jurisdictionCode() + "/" + edits.get(i).fieldKey() + " ")) {
                return i;
            }
        }
        return 0;
    }
}
