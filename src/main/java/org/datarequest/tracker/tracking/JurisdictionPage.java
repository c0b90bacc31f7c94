package org.datarequest.tracker.tracking;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.datarequest.tracker.Timestamps;
import org.datarequest.tracker.cell.Badges;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.cell.ChangeHistory;
import org.datarequest.tracker.litigation.LitigationChange;
import org.datarequest.tracker.litigation.LitigationStates;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.communication.Communications;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.cell.CellState;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.SnapshotService;
import org.datarequest.tracker.cell.StateSummary;
import org.datarequest.tracker.web.Html;
import org.datarequest.tracker.web.Links;
import org.datarequest.tracker.web.QueryParams;
import org.datarequest.tracker.web.TemplateFunctions;
import org.datarequest.tracker.web.Utf8Page;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** One jurisdiction's answer to a request: every field, its statements and its full change history. */
@Path("/requests/{slug}/jurisdictions/{code}")
@Produces(MediaType.TEXT_HTML)
@Transactional(Transactional.TxType.SUPPORTS)
public class JurisdictionPage {

    /**
     * How many changes the page lists, newest first; older ones are on the paged history page, which it links
     * to. A jurisdiction can have tens of thousands of changes, and listing them all made the page grow with
     * history.
     */
    static final int HISTORY_SHOWN = 100;

    /** A field with the jurisdiction's cell for it. */
    public record FieldRow(RequestedField field, CellState cell) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(DataRequest request, Snapshot.Row row, Jurisdiction jurisdiction,
                                            List<FieldRow> fields,
                                            List<Communication> timeline, List<CellChange> history, String fullHistory,
                                            Links links, String notice, java.time.Instant now,
                                            List<LitigationChange> litigationHistory, StateSummary summary,
                                            FieldGroups groups, RawString fieldTable);
    }

    private final SnapshotService snapshots;
    private final ChangeHistory changeHistory;
    private final java.time.Clock clock;
    private final LitigationStates litigation;

    public JurisdictionPage(SnapshotService snapshots, ChangeHistory changeHistory, java.time.Clock clock,
                            LitigationStates litigation) {
        this.snapshots = snapshots;
        this.changeHistory = changeHistory;
        this.clock = clock;
        this.litigation = litigation;
    }

    /** The confirmation shown after saving or verifying (the page is where those forms redirect). */
    static String notice(Integer saved, Integer verified) {
        if (saved != null) {
            return saved == 0 ? "Nothing changed: every field already said that."
                    : "Saved: " + saved + (saved == 1 ? " change" : " changes") + " recorded.";
        }
        return verified != null ? "Marked " + verified + " fields as verified, unchanged." : null;
    }

    @GET
    public Utf8Page page(@RestPath String slug, @RestPath String code, @RestQuery String asOf,
                                 @RestQuery Integer saved, @RestQuery Integer verified,
                                 @RestQuery String order) {
        QueryParams.choice("order", order, "effective", "recorded");
        LocalDate day = QueryParams.date("asOf", asOf);
        Coverage coverage = Requests.coverage(slug, code);
        DataRequest request = coverage.request;
        List<LitigationChange> litigationHistory = litigation.history(request.id, coverage.jurisdiction.code, day);
        Snapshot snapshot = snapshots.loadOne(request, coverage, day, litigationHistory);
        Snapshot.Row row = snapshot.rows.get(0);
        List<FieldRow> fieldRows = new ArrayList<>();
        for (int column = 0; column < snapshot.fields.size(); column++) {
            fieldRows.add(new FieldRow(snapshot.fields.get(column), row.cell(column)));
        }
        ChangeHistory.Order reading = ChangeHistory.Order.of(order);
        ChangeHistory.Latest history = changeHistory.ofJurisdiction(request, coverage.jurisdiction.code, day,
                reading, HISTORY_SHOWN);
        Links links = new Links(request.slug, day);
        List<Communication> story = Communications.story(request, coverage.jurisdiction, day);
        StateSummary summary = StateSummary.of(coverage.jurisdiction.name, snapshot.fields, row.cells(),
                StateSummary.speaker(story));
        return Utf8Page.of(Templates.page(request, row, coverage.jurisdiction, fieldRows, story,
                history.changes(), history.more() ? fullHistory(links, "jurisdiction=" + coverage.jurisdiction.code,
                        day, reading) : null, links, notice(saved, verified), clock.instant(),
                litigationHistory, summary,
                FieldGroups.of(fieldRows, row.deadline(), day != null ? day : LocalDate.now(clock)),
                fieldTable(fieldRows, links, coverage.jurisdiction.code, clock.instant())));
    }

    /**
     * The rows of the table of every field (folded under the groups): field, status, since, note, legal basis,
     * conditions, source and last check. Written here, as the matrix's rows are: some fifteen template values a
     * field were the larger part of the page's rendering.
     */
    static RawString fieldTable(List<FieldRow> rows, Links links, String code, java.time.Instant now) {
        Html html = new Html(rows.size() * 700);
        for (FieldRow fieldRow : rows) {
            CellState cell = fieldRow.cell();
            RequestedField field = fieldRow.field();
            html.tag("<tr id=\"field-").text(field.key).tag("\">\n<th scope=\"row\">");
            FieldGroups.fieldName(html, fieldRow, links, code);
            html.tag("</th>\n<td>").markup(Badges.badge(cell.status())).tag("</td>\n<td>");
            if (cell.effectiveDate() != null) {
                html.day(cell.effectiveDate());
            }
            html.tag("</td>\n<td>").text(cell.note()).tag("</td>\n<td>").text(cell.legalBasis())
                    .tag("</td>\n<td>").text(cell.conditions()).tag("</td>\n<td>");
            html.source(cell.sourceUrl(), cell.sourceText());
            html.tag("</td>\n<td>");
            if (cell.verifiedAt() != null) {
                html.tag("<time datetime=\"").text(Timestamps.htmlAttribute(cell.verifiedAt())).tag("\">")
                        .text(TemplateFunctions.ago(cell.verifiedAt(), now)).tag("</time>");
                if (cell.verifiedBy() != null && !cell.verifiedBy().isEmpty()) {
                    html.tag(" by ").text(cell.verifiedBy());
                }
            } else {
                html.tag("never");
            }
            html.tag("</td>\n</tr>\n");
        }
        return html.toRaw();
    }


    /** The paged history page filtered to what a page lists in part: up to its as-of day, in its order. */
    static String fullHistory(Links links, String filter, LocalDate day, ChangeHistory.Order order) {
        return links.changes(filter + (day != null ? "&to=" + day : "")
                + (order == ChangeHistory.Order.RECORDED ? "&order=recorded" : ""));
    }
}
