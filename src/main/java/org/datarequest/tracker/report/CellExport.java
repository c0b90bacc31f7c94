package org.datarequest.tracker.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.tracking.Cell;
import org.datarequest.tracker.tracking.Matrix;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The wide and long exports (PRODUCT.md section 7), written from the filtered matrix. A matrix has at most one
 * row per jurisdiction and one column per field, so it is read whole in a fixed number of statements; only the
 * change log, which grows without bound, is streamed from the database row by row.
 */
@ApplicationScoped
public class CellExport {

    public static final List<String> LONG_HEADER = List.of("request", "jurisdiction", "jurisdiction_name", "field",
            "field_label", "status", "status_label", "effective_date", "note", "legal_basis", "conditions",
            "source_url", "source_title", "verified_at", "recorded_at", "recorded_by");

    /** Who recorded the change that gave a cell its value, and when. */
    record Provenance(Instant recordedAt, String recordedBy) {
    }

    // The same ordering as the as-of rule: the change a cell shows is the latest by effective date, then recorded.
    private static final String PROVENANCE = """
            select c.response_id, c.recorded_at, c.recorded_by
              from (select ch.response_id, ch.recorded_at, ch.recorded_by,
                           row_number() over (partition by ch.response_id
                                              order by ch.effective_date desc, ch.recorded_at desc, ch.id desc) as rn
                      from cell_change ch
                     where ch.request_id = :request and ch.effective_date <= :day) c
             where c.rn = 1
            """;

    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);

    private final EntityManager entityManager;

    public CellExport(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public static List<String> wideHeader(Matrix matrix) {
        List<String> header = new ArrayList<>(List.of("jurisdiction", "jurisdiction_name", "stance"));
        matrix.columns().forEach(column -> header.add(column.field().key));
        return header;
    }

    /** One row per shown jurisdiction: its stance, then the status code of each shown field. */
    public static CsvDownload.Rows wideRows(Matrix matrix) {
        return sink -> {
            for (Matrix.MatrixRow row : matrix.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(row.row().jurisdiction().code);
                cells.add(row.row().jurisdiction().name);
                cells.add(row.row().stance().name());
                row.cells().forEach(cell -> cells.add(cell.cell().status().name()));
                sink.row(cells);
            }
        };
    }

    /**
     * One row per shown cell (when filtering by status, only the cells in those statuses), in the matrix's
     * order. Reads the provenance of every cell in one statement before the response starts.
     */
    public CsvDownload.Rows longRows(Matrix matrix) {
        Map<Long, Provenance> provenance = provenance(matrix.snapshot().request.id, matrix.snapshot().asOf);
        String slug = matrix.snapshot().request.slug;
        return sink -> {
            for (Matrix.MatrixRow row : matrix.rows()) {
                for (Matrix.MatrixCell shown : row.cells()) {
                    if (shown.highlighted()) {
                        sink.row(longRow(slug, row, shown.field(), shown.cell(), provenance.get(shown.cell().responseId())));
                    }
                }
            }
        };
    }

    private static List<String> longRow(String slug, Matrix.MatrixRow row, RequestedField field, Cell cell,
                                        Provenance provenance) {
        return java.util.Arrays.asList(slug, row.row().jurisdiction().code, row.row().jurisdiction().name,
                field.key, field.label, cell.status().name(), cell.status().label, text(cell.effectiveDate()),
                cell.note(), cell.legalBasis(), cell.conditions(), cell.sourceUrl(), cell.sourceTitle(),
                text(cell.verifiedAt()), provenance == null ? "" : text(provenance.recordedAt()),
                provenance == null ? "" : provenance.recordedBy());
    }

    @SuppressWarnings("unchecked")
    Map<Long, Provenance> provenance(long requestId, LocalDate asOf) {
        NativeQuery<Object[]> query = entityManager.createNativeQuery(PROVENANCE).unwrap(NativeQuery.class);
        query.addScalar("response_id", StandardBasicTypes.LONG)
                .addScalar("recorded_at", StandardBasicTypes.INSTANT)
                .addScalar("recorded_by", StandardBasicTypes.STRING)
                .setParameter("request", requestId)
                .setParameter("day", asOf != null ? asOf : FAR_FUTURE);
        Map<Long, Provenance> byCell = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            byCell.put((Long) row[0], new Provenance((Instant) row[1], (String) row[2]));
        }
        return byCell;
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
