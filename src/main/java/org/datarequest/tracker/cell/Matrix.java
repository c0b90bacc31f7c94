package org.datarequest.tracker.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.request.RequestedField;

/** A snapshot seen through the matrix filters: the shown columns and rows, with their totals. */
public record Matrix(Snapshot snapshot, MatrixFilter filter, List<Column> columns, List<MatrixRow> rows,
                     MatrixOrder order) {

    /** A shown field with how many shown rows are in each status. */
    public record Column(RequestedField field, Map<Status, Integer> totals) {
    }

    /** A shown cell with its field, and whether the status filter picks it out. */
    public record MatrixCell(CellState cell, RequestedField field, boolean highlighted) {
    }

    /** A shown jurisdiction with its shown cells and their totals by status. */
    public record MatrixRow(Snapshot.Row row, List<MatrixCell> cells, Map<Status, Integer> totals) {
    }

    public static Matrix of(Snapshot snapshot, MatrixFilter filter) {
        return of(snapshot, filter, MatrixOrder.NAME);
    }

    /** The filtered matrix with its rows in the given order; a {@code field} filter naming no field is a 400. */
    public static Matrix of(Snapshot snapshot, MatrixFilter filter, MatrixOrder order) {
        for (String key : filter.fieldKeys()) {
            if (snapshot.fields.stream().noneMatch(field -> field.key.equals(key))) {
                throw new org.datarequest.tracker.web.BadParameterException("field", key,
                        "expected the key of one of this request's fields");
            }
        }
        List<Integer> shownColumns = new ArrayList<>();
        for (int column = 0; column < snapshot.fields.size(); column++) {
            if (filter.showsField(snapshot.fields.get(column))) {
                shownColumns.add(column);
            }
        }
        List<Snapshot.Row> shownRows = order.sort(snapshot.rows.stream()
                .filter(row -> filter.showsRow(row, shownColumns)).toList(), snapshot.fields);
        List<Column> columns = shownColumns.stream()
                .map(column -> new Column(snapshot.fields.get(column), Snapshot.statusCounts(shownRows, column)))
                .toList();
        List<MatrixRow> rows = shownRows.stream().map(row -> new MatrixRow(row,
                shownColumns.stream().map(column -> new MatrixCell(row.cell(column), snapshot.fields.get(column),
                        filter.highlights(row.cell(column)))).toList(),
                Snapshot.statusCounts(row, shownColumns))).toList();
        return new Matrix(snapshot, filter, columns, rows, order);
    }

    /** The filters and the order as one query string (without "?"), for links and exports that keep both. */
    public String query() {
        String filters = filter.toQuery();
        String sort = order.toQuery();
        return filters.isEmpty() ? sort : sort.isEmpty() ? filters : filters + "&" + sort;
    }
}
