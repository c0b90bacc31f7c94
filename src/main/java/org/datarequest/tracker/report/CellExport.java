package org.datarequest.tracker.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.cell.CellState;
import org.datarequest.tracker.cell.Matrix;

/**
 * The wide and long exports (PRODUCT.md section 7), written from the filtered matrix. A matrix has at most one
 * row per jurisdiction and one column per field, so it is read whole in a fixed number of statements; only the
 * change log, which grows without bound, is streamed from the database row by row.
 */
@ApplicationScoped
public class CellExport {

    public static final List<String> LONG_HEADER = List.of("request", "jurisdiction", "jurisdiction_name", "field",
            "field_label", "status", "status_label", "effective_date", "note", "legal_basis", "conditions",
            "source_url", "source_title", "verified_at", "recorded_at", "recorded_by", "litigation");


    public static List<String> wideHeader(Matrix matrix) {
        List<String> header = new ArrayList<>(List.of("jurisdiction", "jurisdiction_name", "stance", "litigation"));
        matrix.columns().forEach(column -> header.add(column.field().key));
        return header;
    }

    /** One row per shown jurisdiction: its stance and litigation status, then the status code of each shown field. */
    public static CsvDownload.Rows wideRows(Matrix matrix) {
        return sink -> {
            for (Matrix.MatrixRow row : matrix.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(row.row().jurisdiction().code);
                cells.add(row.row().jurisdiction().name);
                cells.add(row.row().stance().name());
                cells.add(row.row().litigation().name());
                row.cells().forEach(cell -> cells.add(cell.cell().status().name()));
                sink.row(cells);
            }
        };
    }

    /**
     * One row per shown cell (when filtering by status, only the cells in those statuses), in the matrix's
     * order. Each cell's state carries who recorded its value and when.
     */
    public CsvDownload.Rows longRows(Matrix matrix) {
        String slug = matrix.snapshot().request.slug;
        return sink -> {
            for (Matrix.MatrixRow row : matrix.rows()) {
                for (Matrix.MatrixCell shown : row.cells()) {
                    if (shown.highlighted()) {
                        sink.row(longRow(slug, row, shown.field(), shown.cell()));
                    }
                }
            }
        };
    }

    private static List<String> longRow(String slug, Matrix.MatrixRow row, RequestedField field, CellState cell) {
        return java.util.Arrays.asList(slug, row.row().jurisdiction().code, row.row().jurisdiction().name,
                field.key, field.label, cell.status().name(), cell.status().label, text(cell.effectiveDate()),
                cell.note(), cell.legalBasis(), cell.conditions(), cell.sourceUrl(), cell.sourceTitle(),
                text(cell.verifiedAt()), text(cell.recordedAt()), cell.recordedBy() == null ? "" : cell.recordedBy(),
                row.row().litigation().name());
    }

    static String text(Object value) {
        if (value instanceof java.time.Instant moment) {
            return org.datarequest.tracker.Timestamps.format(moment);
        }
        return value == null ? "" : value.toString();
    }
}
