package org.datarequest.tracker.history;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.datarequest.tracker.cell.ChangeFilter;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.Links;
import org.jboss.resteasy.reactive.RestPath;

/** The Atom feed of one jurisdiction's changes on a request: follow one state. */
@Path("/requests/{slug}/jurisdictions/{code}/changes.atom")
@Transactional(Transactional.TxType.SUPPORTS)
public class JurisdictionFeed {

    private final FollowFeeds feeds;

    public JurisdictionFeed(FollowFeeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Produces("application/atom+xml")
    public Response feed(@RestPath String slug, @RestPath String code) {
        Coverage coverage = Requests.coverage(slug, code);
        DataRequest request = coverage.request;
        String covered = coverage.jurisdiction.code;
        Links links = new Links(request.slug, null);
        ChangeFilter filter = ChangeFilter.parse(null, null, List.of(covered), List.of(), List.of(), null, null);
        return feeds.feed(request, filter, new AtomFeed.Scope(coverage.jurisdiction.name + ": " + request.title,
                links.jurisdictionFeed(covered), links.jurisdictionFeed(covered), links.jurisdictionPath(covered),
                "/jurisdictions/" + covered));
    }
}
