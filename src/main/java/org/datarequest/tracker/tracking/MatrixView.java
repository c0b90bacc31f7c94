package org.datarequest.tracker.tracking;

import org.datarequest.tracker.cell.Matrix;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.litigation.LitigationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.web.Links;

/**
 * What the matrix page writes for each row and cell, worked out once in Java: the template only prints these
 * values, so a page of hundreds of cells costs a few look-ups per cell instead of walking maps, enums and links
 * for each. To show more in a cell, add a component to {@link CellView} and fill it in {@link #cell}.
 */
public record MatrixView(List<RowView> rows, List<List<TotalView>> columnTotals, boolean inlineEditing) {

    /** One cell: its CSS classes, the address of its detail, and its status as symbol and words. */
    public record CellView(String css, String href, String symbol, String label) {
    }

    /**
     * One row: the jurisdiction, its page, its stance, its cells and its totals by status; its litigation
     * status, whether it is overdue and its deadline.
     */
    public record RowView(String code, String name, String href, Stance stance, List<CellView> cells,
                          List<TotalView> totals, LitigationStatus litigation, boolean overdue,
                          java.time.LocalDate deadline) {
    }

    /** How many shown cells are in one status. */
    public record TotalView(String symbol, String label, int count) {
    }

    /** @param inlineEditing whether cells open the inline editor (an editor looking at today) */
    public static MatrixView of(Matrix matrix, Links links, boolean inlineEditing) {
        List<RowView> rows = new ArrayList<>(matrix.rows().size());
        for (Matrix.MatrixRow row : matrix.rows()) {
            String code = row.row().jurisdiction().code;
            List<CellView> cells = new ArrayList<>(row.cells().size());
            for (Matrix.MatrixCell shown : row.cells()) {
                cells.add(cell(shown, links.cell(code, shown.field().key)));
            }
            rows.add(new RowView(code, row.row().jurisdiction().name, links.jurisdiction(code), row.row().stance(),
                    cells, totals(row.totals()), row.row().litigation(), row.row().overdue(), row.row().deadline()));
        }
        List<List<TotalView>> columnTotals = matrix.columns().stream().map(column -> totals(column.totals())).toList();
        return new MatrixView(rows, columnTotals, inlineEditing);
    }

    /** Added to a contested cell's status symbol in the matrix. */
    public static final String CONTESTED_SYMBOL = "\u2021";

    private static CellView cell(Matrix.MatrixCell shown, String href) {
        Status status = shown.cell().status();
        String css = "cell s-" + status.code() + (shown.highlighted() ? "" : " dim");
        if (shown.cell().contested()) {
            // its own symbol and words, beside the status: the sources disagree about this cell
            return new CellView(css + " contested", href, status.symbol + CONTESTED_SYMBOL,
                    status.label + ", contested: sources disagree");
        }
        return new CellView(css, href, status.symbol, status.label);
    }

    private static List<TotalView> totals(Map<Status, Integer> counts) {
        return counts.entrySet().stream()
                .map(total -> new TotalView(total.getKey().symbol, total.getKey().label, total.getValue())).toList();
    }
}
