package org.datarequest.tracker.tracking;

import org.datarequest.tracker.cell.Badges;
import org.datarequest.tracker.cell.CellState;
import org.datarequest.tracker.cell.Matrix;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.cell.StateSummary;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.litigation.LitigationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.quarkus.qute.RawString;
import org.datarequest.tracker.web.Html;
import org.datarequest.tracker.web.Links;
import org.datarequest.tracker.web.TemplateExtensions;

/**
 * The parts of the matrix page that repeat per field, row or cell — the field headings, the rows, the totals
 * row's cells and the phone list — written once in Java with {@link Html} (every value escaped by Qute's
 * escaper): as template expressions, the matrix's hundreds of cells cost several times the rest of the page.
 * The template prints these four and writes everything else. To show more in a cell, add a component to
 * {@link CellView}, fill it in {@link #cell} and write it in {@link #body}; to add a column after the stance
 * (litigation), add it to {@link RowView}, write it in {@link #body} and give its cells the {@code sticky} classes.
 */
public record MatrixView(RawString columnHeads, RawString body, RawString totalCells, RawString phoneItems) {

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

    /** @param inlineEditing whether cells open the inline editor (an editor looking at today) */
    public static MatrixView of(Matrix matrix, Links links, boolean inlineEditing) {
        List<RowView> rows = new ArrayList<>(matrix.rows().size());
        List<org.datarequest.tracker.request.RequestedField> fields = matrix.columns().stream()
                .map(Matrix.Column::field).toList();
        String cellsBase = links.cells();
        Map<String, String> cellTails = new HashMap<>();
        fields.forEach(field -> cellTails.put(field.key, links.cellTail(field.key)));
        for (Matrix.MatrixRow row : matrix.rows()) {
            String code = row.row().jurisdiction().code;
            String name = row.row().jurisdiction().name;
            List<CellView> cells = new ArrayList<>(row.cells().size());
            List<CellState> states = new ArrayList<>(row.cells().size());
            LocalDate since = null;
            for (Matrix.MatrixCell shown : row.cells()) {
                cells.add(cell(shown, cellsBase + code + cellTails.get(shown.field().key)));
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
        // the details line spans the jurisdiction, the stance, the litigation, the deadline, the fields and the totals
        int span = matrix.columns().size() + 5;
        return new MatrixView(columnHeads(columns(matrix, links)), body(rows, span, inlineEditing),
                totalCells(columnTotals), phoneItems(rows));
    }

    /** A heading per field: its label sorting by it, its wording as the title, its sensitivity. */
    private static RawString columnHeads(List<ColumnView> columns) {
        Html html = new Html(columns.size() * 300);
        for (ColumnView column : columns) {
            html.tag("<th scope=\"col\" class=\"field\"");
            if (column.ariaSort() != null) {
                html.tag(" aria-sort=\"").text(column.ariaSort()).tag("\"");
            }
            html.tag("><a href=\"").text(column.sortHref()).tag("\" title=\"").text(column.wording()).tag("\">")
                    .text(column.label()).tag("<span class=\"visually-hidden\">, sort by this field</span></a>\n")
                    .tag("<span class=\"sensitivity\">").text(column.sensitivity()).tag("</span></th>\n");
        }
        return html.toRaw();
    }

    /** The totals row's cell per field: how many shown cells are in each status, in words. */
    private static RawString totalCells(List<List<TotalView>> columnTotals) {
        Html html = new Html(columnTotals.size() * 200);
        for (List<TotalView> totals : columnTotals) {
            html.tag("<td class=\"totals\">");
            totals(html, totals);
            html.tag("</td>\n");
        }
        return html.toRaw();
    }

    private static void totals(Html html, List<TotalView> totals) {
        for (TotalView total : totals) {
            html.tag("<span class=\"total\"><span aria-hidden=\"true\">").text(total.symbol()).tag("</span> ")
                    .text(total.words()).tag("</span>");
        }
    }

    /**
     * The table's rows: a page of hundreds of cells is written here rather than in the template, where each
     * printed value costs a resolution; the markup is the one the template had, every value escaped by
     * {@link Html}. Per row: the jurisdiction with its details toggle, the stance, the litigation, the deadline,
     * a cell per shown field, the row totals; then the hidden details line of {@code span} columns.
     */
    private static RawString body(List<RowView> rows, int span, boolean editing) {
        int cells = rows.isEmpty() ? 0 : rows.get(0).cells().size();
        Html html = new Html(rows.size() * (1200 + cells * 260));
        for (RowView row : rows) {
            html.tag("<tr>\n<th scope=\"row\" class=\"jurisdiction sticky sticky-1\"><a href=\"").text(row.href())
                    .tag("\">").text(row.name()).tag("</a> <span class=\"code\">").text(row.code())
                    .tag("</span>\n<a class=\"row-toggle\" href=\"#").text(row.detailsId()).tag("\" aria-controls=\"")
                    .text(row.detailsId()).tag("\"><span aria-hidden=\"true\">&#9656;</span><span class=\"visually-hidden\">Details of ")
                    .text(row.name()).tag("</span></a></th>\n<td class=\"stance sticky sticky-2\">");
            html.markup(Badges.badge(row.stance()));
            html.tag("</td>\n<td class=\"litigation sticky sticky-3 sticky-last\">");
            litigationBadge(html, row.litigation());
            html.tag("</td>\n<td class=\"deadline\">");
            if (row.deadline() != null) {
                html.day(row.deadline());
            } else {
                html.tag("&#8211;");
            }
            if (row.overdue()) {
                html.tag(" <span class=\"overdue-mark\" title=\"The deadline");
                if (row.deadline() != null) {
                    html.tag(" (").text(TemplateExtensions.display(row.deadline())).tag(")");
                }
                html.tag(" passed while the stance is still pending\"><span aria-hidden=\"true\">&#9200;</span> Overdue</span>");
            }
            html.tag("</td>\n");
            for (CellView cell : row.cells()) {
                html.tag("<td class=\"").text(cell.css()).tag("\"><a href=\"").text(cell.href()).tag("\"");
                if (editing) {
                    html.tag(" data-hx-get=\"").text(cell.href()).tag("\" data-hx-target=\"#inline-editor\""
                            + " data-hx-select=\"#edit\" data-hx-swap=\"innerHTML\" data-hx-push-url=\"false\"");
                }
                html.tag("><span aria-hidden=\"true\">").text(cell.symbol()).tag("</span><span class=\"tip\">")
                        .text(cell.text()).tag("</span></a></td>\n");
            }
            html.tag("<td class=\"totals\">");
            totals(html, row.totals());
            html.tag("</td>\n</tr>\n<tr class=\"row-details\" id=\"").text(row.detailsId())
                    .tag("\" hidden>\n<td colspan=\"").text(span).tag("\"><span class=\"row-details-text\">")
                    .text(row.summary()).tag(" <a href=\"").text(row.href()).tag("\">").text(row.name())
                    .tag(": every field, statements and history</a></span></td>\n</tr>\n");
        }
        return html.toRaw();
    }

    /** The list that replaces the table on phones: one jurisdiction a line, its stance, since when, its counts. */
    private static RawString phoneItems(List<RowView> rows) {
        Html html = new Html(rows.size() * 400);
        for (RowView row : rows) {
            html.tag("<li><a href=\"").text(row.href()).tag("\">").text(row.name()).tag("</a> ");
            html.markup(Badges.badgeWithoutRule(row.stance()));
            if (!row.since().isEmpty()) {
                html.tag(" <span class=\"when\">since ").text(row.since()).tag("</span>");
            }
            html.tag("\n<span class=\"counts\">").text(row.totalsText()).tag("</span></li>\n");
        }
        return html.toRaw();
    }

    /** As the {@code litigationBadge} tag writes it. */
    private static void litigationBadge(Html html, LitigationStatus status) {
        if (status.inCourt()) {
            html.tag("<span class=\"badge l-").text(status.code()).tag("\" title=\"").text(status.meaning)
                    .tag("\"><span aria-hidden=\"true\">&#9878;</span> ").text(status.label).tag("</span>");
        } else {
            html.tag("<span class=\"no-litigation\"><span aria-hidden=\"true\">&#8211;</span> <span class=\"visually-hidden\">")
                    .text(status.label).tag("</span></span>");
        }
    }

    private static List<ColumnView> columns(Matrix matrix, Links links) {
        String filters = matrix.filter().toQuery();
        String asOf = links.asOfQuery("&");
        List<ColumnView> columns = new ArrayList<>(matrix.columns().size());
        for (Matrix.Column column : matrix.columns()) {
            var field = column.field();
            String query = (filters.isEmpty() ? "" : filters + "&") + "sort="
                    + TemplateExtensions.urlEncode(field.key) + asOf;
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
