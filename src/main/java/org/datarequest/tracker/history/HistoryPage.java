package org.datarequest.tracker.history;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.cell.CellStates;
import org.datarequest.tracker.cell.ChangeCriteria;
import org.datarequest.tracker.cell.ChangeFilter;
import org.datarequest.tracker.cell.ChangeHistory;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.Covered;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.BadParameterException;
import org.datarequest.tracker.web.Links;
import org.datarequest.tracker.web.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A request's history: every change, filtered and paged, in effective order (or recorded order, the audit
 * view), or grouped by change set; for a date range also what changed between its two ends ({@link HistoryFeed}
 * is its Atom feed). Costs a fixed number of statements per page.
 */
@Path("/requests/{slug}/changes")
@Transactional(Transactional.TxType.SUPPORTS)
public class HistoryPage {

    static final int PAGE_SIZE = 50;
    static final int SETS_PER_PAGE = 20;

    /** How the list is read: {@code order} (effective or recorded) and {@code view} (changes or sets). */
    public record Reading(String order, String view) {

        public boolean recorded() {
            return "recorded".equals(order);
        }

        public boolean bySet() {
            return "sets".equals(view);
        }

        /** The reading as query parameters to add to filter links ("" for the default). */
        public String query() {
            return (recorded() ? "&order=recorded" : "") + (bySet() ? "&view=sets" : "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance changes(DataRequest request, ChangeFilter filter, Reading reading,
                                               ChangeHistory.ChangePage result, List<ChangeHistory.ChangeSetEntry> sets,
                                               ChangesBetween between, List<Coverage> coverage,
                                               List<RequestedField> fields, Status[] statuses, Links links,
                                               String rangeProblem, java.util.Map<String, String> names);
    }

    private final ChangeHistory history;
    private final CellStates cellStates;
    private final Clock clock;

    public HistoryPage(ChangeHistory history, CellStates cellStates, Clock clock) {
        this.history = history;
        this.cellStates = cellStates;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response changes(@RestPath String slug, @RestQuery String from, @RestQuery String to,
                            @RestQuery List<String> jurisdiction, @RestQuery List<String> field,
                            @RestQuery List<String> status, @RestQuery String user,
                            @RestQuery String page, @RestQuery String order, @RestQuery String view) {
        Reading reading = new Reading(QueryParams.choice("order", order, "effective", "recorded"),
                QueryParams.choice("view", view, "changes", "sets"));
        ChangeFilter filter;
        String rangeProblem = null;
        try {
            filter = ChangeFilter.parse(from, to, jurisdiction, field, status, user, page);
        } catch (BadParameterException e) {
            if (!"from".equals(e.parameter) && !"to".equals(e.parameter)) {
                throw e;
            }
            // A bad or reversed range is a message on the form, with every date shown meanwhile (400).
            rangeProblem = "The \u201c" + ("from".equals(e.parameter) ? "from" : "to") + "\u201d date \u201c" + e.value
                    + "\u201d was not used: " + e.getMessage() + ". Showing changes of every date.";
            filter = ChangeFilter.parse(null, null, jurisdiction, field, status, user, page);
        }
        DataRequest request = Requests.bySlug(slug);
        List<Coverage> coverage = Coverage.of(request);
        List<RequestedField> fields = RequestedField.allOf(request);
        ChangeCriteria criteria = filter.criteria(request.id, coverage, fields);
        ChangeHistory.ChangePage result = null;
        List<ChangeHistory.ChangeSetEntry> sets = List.of();
        if (reading.bySet()) {
            sets = history.changeSets(criteria, filter.page(), SETS_PER_PAGE);
        } else {
            result = history.page(criteria, filter.page(), PAGE_SIZE,
                    reading.recorded() ? ChangeHistory.Order.RECORDED : ChangeHistory.Order.EFFECTIVE);
        }
        ChangesBetween between = filter.isRange() ? between(request, filter, coverage) : null;
        return Response.status(rangeProblem == null ? 200 : 400).entity(Templates.changes(request, filter, reading,
                result, sets, between, coverage, fields, Status.values(), new Links(request.slug, null), rangeProblem,
                names(coverage)))
                .build();
    }

    /** Jurisdiction names by code, so the history names places instead of showing codes. */
    private static java.util.Map<String, String> names(List<Coverage> coverage) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        coverage.forEach(covered -> names.put(covered.jurisdiction.code, covered.jurisdiction.name));
        return names;
    }

    private ChangesBetween between(DataRequest request, ChangeFilter filter, List<Coverage> coverage) {
        LocalDate[] days = ChangesBetween.days(request, filter, LocalDate.now(clock));
        List<RequestedField> active = RequestedField.activeOf(request);
        List<Covered> covered = coverage.stream().map(Covered::of).toList();
        Snapshot before = new Snapshot(request, days[0], active, covered, cellStates.of(request.id, days[0]));
        Snapshot after = new Snapshot(request, days[1], active, covered, cellStates.of(request.id, days[1]));
        return ChangesBetween.of(before, after, filter);
    }
}
