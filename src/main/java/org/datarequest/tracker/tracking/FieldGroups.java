package org.datarequest.tracker.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import io.quarkus.qute.RawString;
import org.datarequest.tracker.cell.Badges;
import org.datarequest.tracker.cell.CellState;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.web.Html;
import org.datarequest.tracker.web.Links;

/**
 * A jurisdiction's fields grouped by status, for its page: New York's 13 refused fields read as one group with
 * its date, note and source said once, instead of 13 identical rows. A group whose cells differ lists each one.
 */
public record FieldGroups(List<Group> groups, int unverifiedSinceDeadline, LocalDate deadline) {

    /**
     * The fields in one status. {@code shared} is the cell whose date, note, legal basis, conditions and source
     * every field of the group has in common, or null when they differ.
     */
    public record Group(Status status, List<JurisdictionPage.FieldRow> fields, CellState shared) {

        public String count() {
            return fields.size() == 1 ? "1 field" : fields.size() + " fields";
        }
    }

    /** Statuses in the order the page lists them: what is kept back first, silence last (as the sentence says). */
    private static final List<Status> ORDER = List.of(Status.REFUSED, Status.WITHHELD_BY_LAW, Status.CONDITIONAL,
            Status.ON_HOLD, Status.REVIEWING, Status.PROVIDED, Status.WILL_PROVIDE, Status.NOT_COLLECTED,
            Status.NO_RESPONSE);

    /**
     * @param deadline the jurisdiction's deadline for the request, or null
     * @param day      the day shown (today, or the as-of day): a check counts as stale only once the deadline passed
     */
    public static FieldGroups of(List<JurisdictionPage.FieldRow> rows, LocalDate deadline, LocalDate day) {
        Map<Status, List<JurisdictionPage.FieldRow>> byStatus = new EnumMap<>(Status.class);
        rows.forEach(row -> byStatus.computeIfAbsent(row.cell().status(), status -> new ArrayList<>()).add(row));
        List<Status> order = new ArrayList<>(ORDER);
        byStatus.keySet().stream().filter(status -> !ORDER.contains(status)).forEach(order::add);
        List<Group> groups = new ArrayList<>();
        for (Status status : order) {
            List<JurisdictionPage.FieldRow> fields = byStatus.get(status);
            if (fields != null) {
                groups.add(new Group(status, List.copyOf(fields), shared(fields)));
            }
        }
        int unverified = 0;
        if (deadline != null && deadline.isBefore(day)) {
            Instant due = deadline.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            for (JurisdictionPage.FieldRow row : rows) {
                Instant verified = row.cell().verifiedAt();
                if (verified == null || verified.isBefore(due)) {
                    unverified++;
                }
            }
        }
        return new FieldGroups(List.copyOf(groups), unverified, deadline);
    }

    /**
     * The groups as the page shows them ({@code JurisdictionPage/fieldGroups.html} prints this): a section per
     * status with its fields, and the facts of a shared cell once or of each cell under its field. Written here,
     * as the table of every field is: nested in groups, fields and includes, each template value cost Qute a walk
     * through every enclosing section's resolvers, the larger part of the state page's rendering.
     */
    public RawString html(Links links, String code) {
        Html html = new Html(groups.size() * 600 + 2000);
        for (Group group : groups) {
            html.tag("<section class=\"field-group\" aria-labelledby=\"group-").text(group.status().code())
                    .tag("\">\n  <h3 id=\"group-").text(group.status().code()).tag("\">")
                    .markup(Badges.badge(group.status())).tag(" ").text(group.count()).tag("</h3>\n");
            if (group.shared() != null) {
                cellFacts(html, group.shared());
                html.tag("\n  <ul class=\"field-names\">\n  ");
                for (JurisdictionPage.FieldRow row : group.fields()) {
                    html.tag("<li>");
                    fieldName(html, row, links, code);
                    html.tag("</li>");
                }
                html.tag("\n  </ul>\n");
            } else {
                html.tag("  <ul class=\"field-list\">\n");
                for (JurisdictionPage.FieldRow row : group.fields()) {
                    html.tag("    <li>");
                    fieldName(html, row, links, code);
                    html.tag("\n      ");
                    cellFacts(html, row.cell());
                    html.tag("</li>\n");
                }
                html.tag("  </ul>\n");
            }
            html.tag("</section>\n");
        }
        return html.toRaw();
    }

    /** A field's name, linked to its cell, with its sensitivity: as the groups and the table of every field show it. */
    static void fieldName(Html html, JurisdictionPage.FieldRow row, Links links, String code) {
        html.tag("<a href=\"").text(links.cell(code, row.field().key)).tag("\">").text(row.field().label)
                .tag("</a> <span class=\"sensitivity\">").text(row.field().sensitivity.label).tag("</span>");
    }

    /** Since when, the note, legal basis, conditions and source of one cell, on one line. */
    private static void cellFacts(Html html, CellState cell) {
        html.tag("<p class=\"cell-facts\">");
        if (cell.effectiveDate() != null) {
            html.tag("Since ").day(cell.effectiveDate());
        } else {
            html.tag("No date");
        }
        if (Html.present(cell.note())) {
            html.tag(" &#183; ").text(cell.note());
        }
        if (Html.present(cell.legalBasis())) {
            html.tag(" &#183; Legal basis: ").text(cell.legalBasis());
        }
        if (Html.present(cell.conditions())) {
            html.tag(" &#183; Conditions: ").text(cell.conditions());
        }
        if (Html.present(cell.sourceText())) {
            html.tag(" &#183; Source: ");
            html.source(cell.sourceUrl(), cell.sourceText());
            html.tag("\n"); // as the source tag ended
        }
        html.tag("</p>");
    }


    private static CellState shared(List<JurisdictionPage.FieldRow> fields) {
        CellState first = fields.get(0).cell();
        for (JurisdictionPage.FieldRow row : fields) {
            CellState cell = row.cell();
            if (!Objects.equals(cell.effectiveDate(), first.effectiveDate()) || !Objects.equals(cell.note(), first.note())
                    || !Objects.equals(cell.legalBasis(), first.legalBasis())
                    || !Objects.equals(cell.conditions(), first.conditions())
                    || !Objects.equals(cell.sourceText(), first.sourceText())
                    || !Objects.equals(cell.sourceUrl(), first.sourceUrl())) {
                return null;
            }
        }
        return first;
    }
}
