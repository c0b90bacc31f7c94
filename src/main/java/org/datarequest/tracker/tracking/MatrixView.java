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
 * The template prints these four and writes everything else. What a status writes in a cell is escaped once
 * for every page ({@link StatusLook}), and a cell's address once per row and column. To show more in a cell,
 * write it in {@link #cell}; to add a column after the stance
 * (litigation), add it to {@link RowView}, write it in {@link #body} and give its cells the {@code sticky} classes.
 */
public record MatrixView(RawString columnHeads, RawString body, RawString totalCells, RawString phoneItems) {

    /**
     * One row: the jurisdiction, its page, its stance, since when it holds it, its shown cells, its totals by
     * status, the sentence its details line shows when the row is opened; its litigation status, whether it is
     * overdue and its deadline.
     */
    public record RowView(String code, String name, String href, Stance stance, String since,
                          List<Matrix.MatrixCell> cells, Map<Status, Integer> totals, String summary,
                          LitigationStatus litigation, boolean overdue, LocalDate deadline) {

        /** The id of the row's details line. */
        public String detailsId() {
            return "details-" + code;
        }

        /** Its totals in words, as the phone list shows them: "3 refused, 2 given". */
        String totalsText() {
            StringBuilder text = new StringBuilder();
            totals.forEach((status, count) -> text.append(text.isEmpty() ? "" : ", ").append(count).append(' ')
                    .append(status.label.toLowerCase(Locale.ROOT)));
            return text.toString();
        }
    }

    /** A field's column head: its label, its sensitivity, its wording, and the address that sorts by it. */
    public record ColumnView(String key, String label, String sensitivity, String wording, String sortHref,
                             String ariaSort) {
    }

    /**
     * What a status writes in the matrix, escaped once for every page: a cell's classes, symbol and words, in
     * the filter or outside it, contested or not; and its symbol and words in a total ("3 refused").
     */
    private record StatusLook(Html.Escaped css, Html.Escaped symbol, Html.Escaped words) {

        private static final StatusLook[] CELLS = new StatusLook[Status.values().length * 4];
        private static final Html.Escaped[] TOTAL_SYMBOLS = new Html.Escaped[Status.values().length];
        private static final Html.Escaped[] TOTAL_WORDS = new Html.Escaped[Status.values().length];

        static {
            for (Status status : Status.values()) {
                for (int variant = 0; variant < 4; variant++) {
                    CELLS[status.ordinal() * 4 + variant] = of(status, (variant & 2) == 0, (variant & 1) != 0);
                }
                TOTAL_SYMBOLS[status.ordinal()] = Html.escape(status.symbol);
                TOTAL_WORDS[status.ordinal()] = Html.escape(status.label.toLowerCase(Locale.ROOT));
            }
        }

        static StatusLook cell(Status status, boolean highlighted, boolean contested) {
            return CELLS[status.ordinal() * 4 + (highlighted ? 0 : 2) + (contested ? 1 : 0)];
        }

        private static StatusLook of(Status status, boolean highlighted, boolean contested) {
            String css = highlighted ? "cell s-" + status.code() : "cell off";
            String words = highlighted ? status.label : status.label + " (outside the filter)";
            String symbol = status.symbol;
            if (contested) {
                // its own symbol and words, beside the status: the sources disagree about this cell
                css += " contested";
                symbol += CONTESTED_SYMBOL;
                words += ", contested: sources disagree";
            }
            return new StatusLook(Html.escape(css), Html.escape(symbol), Html.escape(words));
        }
    }

    /** @param inlineEditing whether cells open the inline editor (an editor looking at today) */
    public static MatrixView of(Matrix matrix, Links links, boolean inlineEditing) {
        List<RowView> rows = new ArrayList<>(matrix.rows().size());
        List<org.datarequest.tracker.request.RequestedField> fields = matrix.columns().stream()
                .map(Matrix.Column::field).toList();
        for (Matrix.MatrixRow row : matrix.rows()) {
            String code = row.row().jurisdiction().code;
            String name = row.row().jurisdiction().name;
            List<CellState> states = new ArrayList<>(row.cells().size());
            LocalDate since = null;
            for (Matrix.MatrixCell shown : row.cells()) {
                states.add(shown.cell());
                LocalDate day = shown.cell().effectiveDate();
                if (day != null && (since == null || day.isAfter(since))) {
                    since = day;
                }
            }
            String summary = StateSummary.of(name, fields, states, null).sentence();
            rows.add(new RowView(code, name, links.jurisdiction(code), row.row().stance(),
                    since == null ? "" : TemplateExtensions.display(since), row.cells(), row.totals(), summary,
                    row.row().litigation(), row.row().overdue(), row.row().deadline()));
        }
        // the details line spans the jurisdiction, the stance, the litigation, the deadline, the fields and the totals
        int span = matrix.columns().size() + 5;
        CellAddresses addresses = new CellAddresses(links, fields);
        return new MatrixView(columnHeads(columns(matrix, links)), body(rows, span, inlineEditing, addresses),
                totalCells(matrix.columns()), phoneItems(rows));
    }

    /**
     * A cell's address, {@link Links#cells()} + code + {@link Links#cellTail}, escaped in parts: the first once,
     * the code once per row, the tail once per field.
     */
    private static final class CellAddresses {
        private final Html.Escaped base;
        private final Map<String, Html.Escaped> tails = new HashMap<>();

        CellAddresses(Links links, List<org.datarequest.tracker.request.RequestedField> fields) {
            base = Html.escape(links.cells());
            fields.forEach(field -> tails.put(field.key, Html.escape(links.cellTail(field.key))));
        }

        void write(Html html, Html.Escaped code, String fieldKey) {
            html.escaped(base).escaped(code).escaped(tails.get(fieldKey));
        }
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
    private static RawString totalCells(List<Matrix.Column> columns) {
        Html html = new Html(columns.size() * 200);
        for (Matrix.Column column : columns) {
            html.tag("<td class=\"totals\">");
            totals(html, column.totals());
            html.tag("</td>\n");
        }
        return html.toRaw();
    }

    /** Per status present: its symbol, hidden from screen readers, and "3 refused". */
    private static void totals(Html html, Map<Status, Integer> totals) {
        totals.forEach((status, count) -> html.tag("<span class=\"total\"><span aria-hidden=\"true\">")
                .escaped(StatusLook.TOTAL_SYMBOLS[status.ordinal()]).tag("</span> ").number(count).tag(" ")
                .escaped(StatusLook.TOTAL_WORDS[status.ordinal()]).tag("</span>"));
    }

    /**
     * The table's rows: a page of hundreds of cells is written here rather than in the template, where each
     * printed value costs a resolution; the markup is the one the template had, every value escaped by
     * {@link Html}. Per row: the jurisdiction with its details toggle, the stance, the litigation, the deadline,
     * a cell per shown field, the row totals; then the hidden details line of {@code span} columns.
     */
    private static RawString body(List<RowView> rows, int span, boolean editing, CellAddresses addresses) {
        int cells = rows.isEmpty() ? 0 : rows.get(0).cells().size();
        Html html = new Html(rows.size() * (1200 + cells * 260));
        Map<LocalDate, Html.Escaped> days = new HashMap<>();
        for (RowView row : rows) {
            Html.Escaped code = Html.escape(row.code());
            html.tag("<tr>\n<th scope=\"row\" class=\"jurisdiction sticky sticky-1\"><a href=\"").text(row.href())
                    .tag("\">").text(row.name()).tag("</a> <span class=\"code\">").escaped(code)
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
            for (Matrix.MatrixCell cell : row.cells()) {
                cell(html, cell, code, addresses, editing, days);
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

    /**
     * One cell: a link to its detail with its symbol, and its words — the status, since when and says who —
     * which a screen reader reads as the link and a sighted reader sees on focus or hover ("Refused, since
     * 30 June 2017 · source: News report"). {@code days} keeps each day's words, escaped, for the rest of the page.
     */
    private static void cell(Html html, Matrix.MatrixCell shown, Html.Escaped code, CellAddresses addresses,
                             boolean editing, Map<LocalDate, Html.Escaped> days) {
        CellState state = shown.cell();
        StatusLook look = StatusLook.cell(state.status(), shown.highlighted(), state.contested());
        html.tag("<td class=\"").escaped(look.css()).tag("\"><a href=\"");
        addresses.write(html, code, shown.field().key);
        html.tag("\"");
        if (editing) {
            html.tag(" data-hx-get=\"");
            addresses.write(html, code, shown.field().key);
            html.tag("\" data-hx-target=\"#inline-editor\" data-hx-select=\"#edit\" data-hx-swap=\"innerHTML\""
                    + " data-hx-push-url=\"false\"");
        }
        html.tag("><span aria-hidden=\"true\">").escaped(look.symbol()).tag("</span><span class=\"tip\">")
                .escaped(look.words());
        if (state.effectiveDate() != null) {
            html.tag(", since ").escaped(days.computeIfAbsent(state.effectiveDate(),
                    day -> Html.escape(TemplateExtensions.display(day))));
        }
        if (state.sourceText() != null) {
            html.tag(state.effectiveDate() != null ? " &#183; source: " : ", source: ").text(state.sourceText());
        }
        html.tag("</span></a></td>\n");
    }
}
