package org.datarequest.tracker.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.ProductMetrics;
import org.datarequest.tracker.history.CellChange;
import org.datarequest.tracker.history.CellStates;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.tracking.Cell;
import org.datarequest.tracker.tracking.CellEdit;
import org.datarequest.tracker.tracking.CellEditor;
import org.datarequest.tracker.tracking.CellValue;
import org.datarequest.tracker.tracking.EditConflictException;

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
        Map<String, Cell> current = new HashMap<>();
        cellStates.of(request.id, null).forEach(cell -> current.put(key(cell.jurisdictionCode(), cell.fieldId()), cell));
        List<ImportPreview.Planned> planned = new ArrayList<>();
        for (ImportReader.Row row : read.rows()) {
            planned.add(plan(row, current.get(key(row.jurisdictionCode(), row.field().id))));
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
        List<CellChange> changes = editor.apply(request, edits, user);
        metrics.importApplied();
        return changes;
    }

    /** What one row does to its cell. A row without a date that repeats the cell's value is no change. */
    private static ImportPreview.Planned plan(ImportReader.Row row, Cell current) {
        CellValue now = current.value();
        CellValue wanted = row.value();
        if (!row.dated() && now.effectiveDate() != null) {
            CellValue sameDay = new CellValue(wanted.status(), now.effectiveDate(), wanted.note(), wanted.legalBasis(),
                    wanted.conditions(), wanted.sourceUrl(), wanted.sourceTitle());
            if (!now.isChangedBy(sameDay)) {
                wanted = sameDay;
            }
        }
        ImportReader.Row settled = new ImportReader.Row(row.line(), row.jurisdictionCode(), row.field(), wanted,
                row.dated());
        ImportPreview.Outcome outcome = !now.isChangedBy(wanted) ? ImportPreview.Outcome.UNCHANGED
                : now.effectiveDate() != null && wanted.effectiveDate().isBefore(now.effectiveDate())
                ? ImportPreview.Outcome.BACKDATED : ImportPreview.Outcome.CHANGE;
        return new ImportPreview.Planned(settled, current, outcome);
    }

    private static String key(String code, long fieldId) {
        return code + "/" + fieldId;
    }
}
