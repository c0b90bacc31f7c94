package org.datarequest.tracker.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.ProductMetrics;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.cell.CellStates;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.cell.CellState;
import org.datarequest.tracker.cell.CellEdit;
import org.datarequest.tracker.cell.CellEditor;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.EditConflictException;
import org.datarequest.tracker.cell.EditPlan;
import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.Saving;
import org.datarequest.tracker.cell.Status;

/**
 * The CSV import in two steps. The preview reads the file and says, row by row, what would change; the apply
 * reads the same bytes again and hands the changes to {@link CellEditor}, which writes all of them in one
 * transaction or none, and refuses if any cell moved on since the preview.
 */
@ApplicationScoped
public class CsvImport {

    /** Thrown when the file no longer passes (e.g. a date that was today at preview is now yesterday's). */
    public static class NoLongerValidException extends RuntimeException {
        public NoLongerValidException() {
            super("the file no longer passes the checks it passed at preview");
        }
    }

    private final ImportReader reader;
    private final CellStates cellStates;
    private final CellEditor editor;
    private final ProductMetrics metrics;

    public CsvImport(ImportReader reader, CellStates cellStates, CellEditor editor, ProductMetrics metrics) {
        this.reader = reader;
        this.cellStates = cellStates;
        this.editor = editor;
        this.metrics = metrics;
    }

    /** Reads an uploaded file against the request as it stands now; writes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportPreview preview(DataRequest request, byte[] content) {
        String sha256 = UploadedCsv.sha256(content);
        UploadedCsv upload = UploadedCsv.decode(content);
        Map<String, String> names = new LinkedHashMap<>();
        Coverage.of(request).forEach(covered -> names.put(covered.jurisdiction.code, covered.jurisdiction.name));
        if (!upload.ok()) {
            return new ImportPreview(sha256, List.of(), List.of(upload.error()), List.of(), names);
        }
        ImportReader.Result read = reader.read(upload.text(), request, RequestedField.activeOf(request), names.keySet());
        Map<String, CellState> current = new HashMap<>();
        cellStates.of(request.id, null).forEach(cell -> current.put(key(cell.jurisdictionCode(), cell.fieldId()), cell));
        List<ImportReader.Row> rows = new ArrayList<>();
        for (ImportReader.Row row : read.rows()) {
            rows.add(settle(row, current.get(key(row.jurisdictionCode(), row.field().id))));
        }
        Map<Long, CellValue> values = new HashMap<>();
        current.values().forEach(cell -> values.put(cell.responseId(), cell.value()));
        EditPlan plan = EditPlan.over(values, rows.stream().map(row -> row.value().effectiveDate()).toList());
        List<ImportPreview.Planned> planned = new ArrayList<>();
        for (ImportReader.Row row : rows) {
            CellState cell = current.get(key(row.jurisdictionCode(), row.field().id));
            ImportPreview.Outcome outcome = noInformation(row) ? ImportPreview.Outcome.UNCHANGED
                    : switch (plan.next(cell.responseId(), row.value())) {
                        case CHANGE -> ImportPreview.Outcome.CHANGE;
                        case BACKDATED -> ImportPreview.Outcome.BACKDATED;
                        case UNCHANGED -> ImportPreview.Outcome.UNCHANGED;
                    };
            planned.add(new ImportPreview.Planned(row, cell, outcome));
        }
        return new ImportPreview(sha256, planned, read.errors(), read.ignoredColumns(), names);
    }

    /**
     * Applies a previewed file.
     *
     * @param versionsSeen the version of each cell to change, as the preview saw it
     * @throws EditConflictException    when a cell was saved by someone else since the preview
     * @throws NoLongerValidException   when the file does not pass its checks any more
     */
    @Transactional
    public List<CellChange> apply(DataRequest request, byte[] content, Map<Long, Long> versionsSeen, String user) {
        ImportPreview preview = preview(request, content);
        if (!preview.canApply()) {
            throw new NoLongerValidException();
        }
        List<CellEdit> edits = new ArrayList<>();
        for (ImportPreview.Planned row : preview.changes()) {
            Long seen = versionsSeen.get(row.current().responseId());
            // a cell the preview did not plan to change has no version seen: treat it as moved on
            long expected = seen != null ? seen : -1;
            edits.add(new CellEdit(row.row().jurisdictionCode(), row.row().field().key, expected, row.row().value()));
        }
        List<CellChange> changes = editor.apply(request, edits, Saving.by(user, ChangeSet.Method.IMPORT, "CSV import of "
                + preview.rows().size() + " rows (file SHA-256 " + preview.sha256().substring(0, 12) + "\u2026)"));
        metrics.importApplied();
        return changes;
    }

    /**
     * "No response" with neither a date nor a source says nothing (a blank line of a template, or a cell an
     * {@code asOf} export had no answer for on its day): it changes nothing.
     */
    private static boolean noInformation(ImportReader.Row row) {
        CellValue value = row.value();
        return !row.dated() && value.status() == Status.NO_RESPONSE && !value.hasSource() && value.note() == null
                && value.legalBasis() == null && value.conditions() == null;
    }

    /** A row without a date that repeats the cell's value takes the cell's date: it is no change. */
    private static ImportReader.Row settle(ImportReader.Row row, CellState current) {
        CellValue now = current.value();
        CellValue wanted = row.value();
        if (!row.dated() && now.effectiveDate() != null) {
            CellValue sameDay = wanted.on(now.effectiveDate());
            if (!now.isChangedBy(sameDay)) {
                wanted = sameDay;
            }
        }
        return new ImportReader.Row(row.line(), row.jurisdictionCode(), row.field(), wanted, row.dated());
    }

    private static String key(String code, long fieldId) {
        return code + "/" + fieldId;
    }
}
