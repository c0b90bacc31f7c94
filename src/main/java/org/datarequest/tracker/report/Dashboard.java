package org.datarequest.tracker.report;

import io.quarkus.qute.RawString;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.web.Html;
import org.datarequest.tracker.web.Links;
import org.datarequest.tracker.web.TemplateExtensions;

/** The figures of a request's dashboard, computed from one snapshot. */
public record Dashboard(Snapshot snapshot, LocalDate today, TileMap map, List<FieldBar> fieldBars,
                        List<Communication> timeline, List<CellChange> recentChanges) {

    /** One part of a field's bar: the jurisdictions in one status. */
    public record Segment(Status status, int count, double percent) {
    }

    /** How the covered jurisdictions answer one field. */
    public record FieldBar(RequestedField field, List<Segment> segments) {
    }

    /**
     * The field bars, written once here (some 500 template values on the 2017 request): per field its label and
     * sensitivity, a bar of one segment per status (hidden from screen readers), and the same counts in words,
     * each a link to those cells in the matrix.
     */
    public RawString fieldBarsHtml(Links links) {
        String asOf = links.asOfQuery("&");
        Html html = new Html(fieldBars.size() * 900);
        for (FieldBar bar : fieldBars) {
            html.tag("<li>\n<span class=\"field-name\">").text(bar.field().label)
                    .tag(" <span class=\"sensitivity\">").text(bar.field().sensitivity.label)
                    .tag("</span></span>\n<span class=\"bar\" aria-hidden=\"true\">");
            for (Segment segment : bar.segments()) {
                html.tag("<span class=\"s-").text(segment.status().code()).tag("\" style=\"width: ")
                        .text(segment.percent()).tag("%\"></span>");
            }
            html.tag("</span>\n<span class=\"bar-text\">");
            String field = TemplateExtensions.urlEncode(bar.field().key);
            for (int i = 0; i < bar.segments().size(); i++) {
                Segment segment = bar.segments().get(i);
                html.tag("<a href=\"").text(links.base() + "/matrix?status=" + segment.status().code() + "&field="
                                + field + asOf).tag("\">").text(segment.count()).tag(" ")
                        .text(segment.status().countLabel()).tag("</a>").tag(i + 1 < bar.segments().size() ? " &#183; " : "");
            }
            html.tag("</span>\n</li>\n");
        }
        return html.toRaw();
    }

    /**
     * The count of jurisdictions in each stance, each a link to them in the matrix: written here, as a loop in the
     * template cost Qute a search through every resolver of each enclosing section per value.
     */
    public RawString stanceCountsHtml(Links links) {
        String asOf = links.asOfQuery("&");
        Html html = new Html(1200);
        for (Map.Entry<Stance, Integer> entry : stanceCounts().entrySet()) {
            Stance stance = entry.getKey();
            html.tag("    <li class=\"t-").text(stance.code()).tag("\"><a href=\"").text(links.base())
                    .tag("/matrix?stance=").text(stance.code()).text(asOf).tag("\"><span class=\"count\">")
                    .text(entry.getValue()).tag("</span>\n      <span class=\"what\"><span aria-hidden=\"true\">")
                    .text(stance.symbol).tag("</span> ").text(stance.label).tag("</span></a></li>\n");
        }
        return html.toRaw();
    }

    /** The choice of what colours the map: one option per field, the one shown selected. */
    public RawString mapFieldOptionsHtml() {
        Html html = new Html(snapshot.fields.size() * 80);
        for (RequestedField field : snapshot.fields) {
            html.option(field.key, field.label, field.label.equals(map.field()));
        }
        return html.toRaw();
    }

    public static List<FieldBar> fieldBars(Snapshot snapshot) {
        List<FieldBar> bars = new ArrayList<>();
        int total = snapshot.rows.size();
        for (int column = 0; column < snapshot.fields.size(); column++) {
            List<Segment> segments = new ArrayList<>();
            Snapshot.statusCounts(snapshot.rows, column).forEach((status, count) ->
                    segments.add(new Segment(status, count, total == 0 ? 0 : 100.0 * count / total)));
            bars.add(new FieldBar(snapshot.fields.get(column), segments));
        }
        return bars;
    }

    public Map<Stance, Integer> stanceCounts() {
        return snapshot.stanceCounts();
    }

    public Map<String, String> jurisdictionNames() {
        Map<String, String> names = new HashMap<>();
        snapshot.rows.forEach(row -> names.put(row.jurisdiction().code, row.jurisdiction().name));
        return names;
    }

    /** "in 5 days", "today" or "passed 12 days ago", counted from the day shown (today or the as-of day). */
    public String deadlineDistance() {
        LocalDate deadline = snapshot.request.deadline;
        if (deadline == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        if (days == 0) {
            return "today";
        }
        if (days > 0) {
            return days == 1 ? "in 1 day" : "in " + grouped(days) + " days";
        }
        return -days == 1 ? "passed 1 day ago" : "passed " + grouped(-days) + " days ago";
    }

    /** {@code 3,066}: digits grouped by threes with commas, as the page is written in English, whatever the locale. */
    static String grouped(long number) {
        return String.format(Locale.ENGLISH, "%,d", number);
    }

    public boolean deadlinePassed() {
        return snapshot.request.deadline != null && snapshot.request.deadline.isBefore(today);
    }
}
