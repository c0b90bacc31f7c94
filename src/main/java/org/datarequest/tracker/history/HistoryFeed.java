package org.datarequest.tracker.history;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.datarequest.tracker.TrackerConfig;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The Atom feed of a request's latest changes. A resource of its own: a class at {@code /requests/{slug}}
 * would take the dashboard's address away from the class that serves it.
 */
@Path("/requests/{slug}/changes.atom")
@Transactional(Transactional.TxType.SUPPORTS)
public class HistoryFeed {

    static final int FEED_SIZE = 100;

    private final ChangeSearch search;
    private final URI base;

    public HistoryFeed(ChangeSearch search, TrackerConfig config) {
        this.search = search;
        this.base = URI.create(config.baseUrl().orElse("http://localhost:8080").replaceAll("/+$", "") + "/");
    }

    @GET
    @Produces("application/atom+xml")
    public Response feed(@RestPath String slug) {
        DataRequest request = Requests.bySlug(slug);
        Map<String, String> names = new LinkedHashMap<>();
        Coverage.of(request).forEach(covered -> names.put(covered.jurisdiction.code, covered.jurisdiction.name));
        byte[] feed = AtomFeed.write(request, search.latest(request.id, FEED_SIZE), base, names);
        return Response.ok(feed, "application/atom+xml; charset=utf-8").build();
    }
}
