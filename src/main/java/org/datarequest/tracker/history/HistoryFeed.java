package org.datarequest.tracker.history;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.TrackerConfig;
import org.datarequest.tracker.cell.ChangeCriteria;
import org.datarequest.tracker.cell.ChangeFilter;
import org.datarequest.tracker.cell.ChangeHistory;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The Atom feed of a request's latest change sets, with the history page's filters ({@code from}, {@code to}
 * on the effective date, {@code jurisdiction}, {@code field}, {@code status}, {@code user}). Absolute
 * addresses come from the configured base URL, never from the request's Host header. A resource of its own:
 * a class at {@code /requests/{slug}} would take the dashboard's address away from the class that serves it.
 */
@Path("/requests/{slug}/changes.atom")
@Transactional(Transactional.TxType.SUPPORTS)
public class HistoryFeed {

    static final int FEED_SIZE = 50;

    private final ChangeHistory history;
    private final URI base;

    public HistoryFeed(ChangeHistory history, TrackerConfig config) {
        this.history = history;
        this.base = URI.create(TrackerConfig.absoluteBase(config) + "/");
    }

    @GET
    @Produces("application/atom+xml")
    public Response feed(@RestPath String slug, @RestQuery String from, @RestQuery String to,
                         @RestQuery List<String> jurisdiction, @RestQuery List<String> field,
                         @RestQuery List<String> status, @RestQuery String user) {
        ChangeFilter filter = ChangeFilter.parse(from, to, jurisdiction, field, status, user, null);
        DataRequest request = Requests.bySlug(slug);
        List<Coverage> coverage = Coverage.of(request);
        Map<String, String> names = new LinkedHashMap<>();
        coverage.forEach(covered -> names.put(covered.jurisdiction.code, covered.jurisdiction.name));
        ChangeCriteria criteria = filter.criteria(request.id, coverage, RequestedField.allOf(request));
        String query = filter.toQuery();
        byte[] feed = AtomFeed.write(request, history.changeSets(criteria, 1, FEED_SIZE), base, names,
                query.isEmpty() ? "" : "?" + query);
        return Response.ok(feed, "application/atom+xml; charset=utf-8").build();
    }
}
