package org.datarequest.tracker.tracking;

import org.datarequest.tracker.cell.CellEdit;
import org.datarequest.tracker.cell.CellState;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.cell.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Sensitivity;

/**
 * What a bulk edit would do: the chosen jurisdictions × the chosen fields, each with the value it would get,
 * and whether that changes the cell. Built from a snapshot, so the preview and the apply compute alike.
 */
public record BulkPlan(List<Snapshot.Row> rows, List<RequestedField> fields, List<PlannedCell> cells) {

    /** One cell of the plan: where it is, what it holds now and what it would hold. */
    public record PlannedCell(Snapshot.Row row, RequestedField field, CellState current, CellValue next) {

        public boolean changes() {
            return current.value().isChangedBy(next);
        }

        public CellEdit edit(long expectedVersion) {
            return new CellEdit(row.jurisdiction().code, field.key, expectedVersion, next);
        }
    }

    /** Which cells a bulk edit covers: named jurisdictions, plus whole regions and stances; fields likewise. */
    public record Selection(Set<String> jurisdictions, Set<String> regions, Set<Stance> stances,
                            Set<String> fieldKeys, Set<Sensitivity> sensitivities) {

        boolean covers(Snapshot.Row row) {
            return jurisdictions.contains(row.jurisdiction().code) || regions.contains(row.jurisdiction().region)
                    || stances.contains(row.stance());
        }

        boolean covers(RequestedField field) {
            return fieldKeys.contains(field.key) || sensitivities.contains(field.sensitivity);
        }

        boolean namesNoField() {
            return fieldKeys.isEmpty() && sensitivities.isEmpty();
        }
    }

    /**
     * @param template the value to set; with a preset, its status is replaced field by field
     */
    public static BulkPlan of(Snapshot snapshot, Selection selection, Preset preset, CellValue template) {
        return of(snapshot, selection, preset, template, template.status());
    }

    /**
     * @param chosen the status the editor chose (with a preset, for the fields the preset leaves to them; null
     *               leaves those fields out)
     */
    public static BulkPlan of(Snapshot snapshot, Selection selection, Preset preset, CellValue template,
                              Status chosen) {
        List<Snapshot.Row> rows = snapshot.rows.stream().filter(selection::covers).toList();
        List<Integer> columns = new ArrayList<>();
        for (int column = 0; column < snapshot.fields.size(); column++) {
            RequestedField field = snapshot.fields.get(column);
            if (selection.covers(field) || (preset != Preset.NONE && selection.namesNoField())) {
                columns.add(column);
            }
        }
        List<PlannedCell> cells = new ArrayList<>();
        for (Snapshot.Row row : rows) {
            for (int column : columns) {
                RequestedField field = snapshot.fields.get(column);
                Status status = preset.statusFor(field, chosen);
                // a preset speaks of the fields that were asked for: it leaves a field Not requested as it is
                if (status == null || (preset != Preset.NONE && row.cell(column).status().notRequested())) {
                    continue;
                }
                CellValue next = new CellValue(status, template.effectiveDate(), template.note(),
                        template.legalBasis(), template.conditions(), template.sourceUrl(), template.sourceTitle());
                cells.add(new PlannedCell(row, field, row.cell(column), next));
            }
        }
        return new BulkPlan(rows, columns.stream().map(snapshot.fields::get).toList(), cells);
    }

    public List<PlannedCell> changing() {
        return cells.stream().filter(PlannedCell::changes).toList();
    }

    public int unchangedCount() {
        return cells.size() - changing().size();
    }
}
