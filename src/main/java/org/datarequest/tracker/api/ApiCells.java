package org.datarequest.tracker.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.api.ApiViews.CellView;
import org.datarequest.tracker.cell.CellStates;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.cell.Matrix;
import org.datarequest.tracker.cell.MatrixFilter;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.SnapshotService;

/**
 * The cells of a request as the API shows them: the matrix's snapshot and filters, flattened to one item
 * per cell, with who recorded each value. A fixed number of statements, however many cells.
 */
@ApplicationScoped
public class ApiCells {

    private final SnapshotService snapshots;
    private final CellStates cellStates;

    public ApiCells(SnapshotService snapshots, CellStates cellStates) {
        this.snapshots = snapshots;
        this.cellStates = cellStates;
    }

    /** One jurisdiction's cells for every field the request ever had, retired ones included. */
    public List<CellView> ofJurisdiction(DataRequest request, Coverage coverage, LocalDate asOf) {
        Map<Long, RequestedField> fields = new java.util.HashMap<>();
        RequestedField.allOf(request).forEach(field -> fields.put(field.id, field));
        return cellStates.of(request.id, coverage.jurisdiction.code, asOf).stream()
                .filter(cell -> fields.containsKey(cell.fieldId()))
                .map(cell -> CellView.of(request.slug, coverage.jurisdiction, fields.get(cell.fieldId()), cell))
                .toList();
    }

    /** Cells in jurisdiction-name then field order; with a status filter, only cells in those statuses. */
    public List<CellView> of(String slug, LocalDate asOf, MatrixFilter filter) {
        Snapshot snapshot = snapshots.load(slug, asOf);
        DataRequest request = snapshot.request;
        Matrix matrix = Matrix.of(snapshot, filter);
        List<CellView> cells = new ArrayList<>();
        for (Matrix.MatrixRow row : matrix.rows()) {
            for (Matrix.MatrixCell cell : row.cells()) {
                if (cell.highlighted()) {
                    cells.add(CellView.of(request.slug, row.row().jurisdiction(), cell.field(), cell.cell()));
                }
            }
        }
        return cells;
    }
}
