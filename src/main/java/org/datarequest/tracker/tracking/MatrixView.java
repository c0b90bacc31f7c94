package org.datarequest.tracker.tracking;

import org.datarequest.tracker.cell.CellState;
import org.datarequest.tracker.cell.Matrix;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.cell.StateSummary;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.litigation.LitigationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.datarequest.tracker.web.Links;
import org.datarequest.tracker.web.TemplateExtensions;

/**
 * What the matrix page writes for each row and cell, worked out once in Java: the template only prints these
 * values, so a page of hundreds of cells costs a few look-ups per cell instead of walking maps, enums and links
 * for each. To show more in a cell, add a component to {@link CellView} and fill it in {@link #cell}; to add a
 * column after the stance (litigation), add it to {@link RowView} and give its cells the {@code sticky} classes.
 */
public record MatrixView(List<RowView> rows, List<List<TotalView>> columnTotals, List<ColumnView> columns,
                         boolean inlineEditing) {

    /**
     * One cell: its CSS classes, the address of its detail, its symbol, and its words — the status, since when
     * and says who — which a screen reader reads as the link and a sighted reader sees on focus or hover.
     */
    public record CellView(String css, String href, String symbol, String text) {
    }

    /**
     * One row: the jurisdiction, its page, its stance, since when it holds it, its cells, its totals in words,
     * the sentence its details line shows when the row is opened; its litigation status, whether it is overdue
     * and its deadline.
     */
    public record RowView(String code, String name, String href, Stance stance, String since, List<CellView> cells,
                          List<TotalView> totals, String summary, String totalsText, LitigationStatus litigation,
                          boolean overdue, LocalDate deadline) {

        /** The id of the row's details line. */
        public String detailsId() {
            return "details-" + code;
        }
    }

    /** A field's column head: its label, its sensitivity, its wording, and the address that sorts by it. */
    public record ColumnView(String key, String label, String sensitivity, String wording, String sortHref,
                             String ariaSort) {
    }

    /** How many shown cells are in one status, in words: "3 refused". */
    public record TotalView(String symbol, String words) {
    }

    /**
     * How many columns a details line spans: the jurisdiction, the stance, the litigation, the deadline, the fields
     * and the row totals.
     */
    public int detailsSpan() {
        return columns.size() + 5;
    }

    /** @param inlineEditing whether cells open the inline editor (an editor looking at today) */
    public static MatrixView of(Matrix matrix, Links links, boolean inlineEditing) {
        List<RowView> rows = new ArrayList<>(matrix.rows().size());
        List<org.datarequest.tracker.request.RequestedField> fields = matrix.columns().stream()
                .map(Matrix.Column::field).toList();
        for (Matrix.MatrixRow row : matrix.rows()) {
            String code = row.row().jurisdiction().code;
            String name = row.row().jurisdiction().name;
            List<CellView> cells = new ArrayList<>(row.cells().size());
            List<CellState> states = new ArrayList<>(row.cells().size());
            LocalDate since = null;
            for (Matrix.MatrixCell shown : row.cells()) {
                cells.add(cell(shown, links.cell(code, shown.field().key)));
                states.add(shown.cell());
                LocalDate day = shown.cell().effectiveDate();
                if (day != null && (since == null || day.isAfter(since))) {
                    since = day;
                }
            }
            String summary = StateSummary.of(name, fields, states, null).sentence();
            List<TotalView> totals = totals(row.totals());
            rows.add(new RowView(code, name, links.jurisdiction(code), row.row().stance(),
                    since == null ? "" : TemplateExtensions.display(since), cells, totals, summary,
                    String.join(", ", totals.stream().map(TotalView::words).toList()), row.row().litigation(),
                    row.row().overdue(), row.row().deadline()));
        }
        List<List<TotalView>> columnTotals = matrix.columns().stream().map(column -> totals(column.totals())).toList();
        return new MatrixView(rows, columnTotals, columns(matrix, links), inlineEditing);
    }

    private static List<ColumnView> columns(Matrix matrix, Links links) {
        String filters = matrix.filter().toQuery();
        String asOf = links.asOfQuery("&");
        List<ColumnView> columns = new ArrayList<>(matrix.columns().size());
        for (Matrix.Column column : matrix.columns()) {
            var field = column.field();
            String query = (filters.isEmpty() ? "" : filters + "&") + "sort="
                    + java.net.URLEncoder.encode(field.key, java.nio.charset.StandardCharsets.UTF_8) + asOf;
            boolean sorted = field.key.equals(matrix.order().code());
            columns.add(new ColumnView(field.key, field.label, field.sensitivity.label, field.wording,
                    links.base() + "/matrix?" + query, sorted ? "ascending" : null));
        }
        return columns;
    }

    /** Added to a contested cell's status symbol in the matrix. */
    public static final String CONTESTED_SYMBOL = "\u2021";

    private static CellView cell(Matrix.MatrixCell shown, String href) {
        CellState state = shown.cell();
        Status status = state.status();
        String css = shown.highlighted() ? "cell s-" + status.code() : "cell off";
        String label = shown.highlighted() ? status.label : status.label + " (outside the filter)";
        String symbol = status.symbol;
        if (state.contested()) {
            // its own symbol and words, beside the status: the sources disagree about this cell
            css += " contested";
            symbol += CONTESTED_SYMBOL;
            label += ", contested: sources disagree";
        }
        String tip = tip(state);
        return new CellView(css, href, symbol, tip.isEmpty() ? label : label + ", " + tip);
    }

    /** "since 30 June 2017 · News report …": empty for a cell nobody has answered for yet. */
    static String tip(CellState state) {
        StringBuilder tip = new StringBuilder();
        if (state.effectiveDate() != null) {
            tip.append("since ").append(TemplateExtensions.display(state.effectiveDate()));
        }
        if (state.sourceText() != null) {
            tip.append(tip.isEmpty() ? "" : " \u00b7 ").append("source: ").append(state.sourceText());
        }
        return tip.toString();
    }

    private static List<TotalView> totals(Map<Status, Integer> counts) {
        return counts.entrySet().stream().map(total -> new TotalView(total.getKey().symbol,
                total.getValue() + " " + total.getKey().label.toLowerCase(Locale.ROOT))).toList();
    }
}
