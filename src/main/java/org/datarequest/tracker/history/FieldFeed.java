package org.datarequest.tracker.history;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.datarequest.tracker.cell.ChangeFilter;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.Links;
import org.jboss.resteasy.reactive.RestPath;

/** The Atom feed of one requested field's changes, in every jurisdiction: follow one field. */
@Path("/requests/{slug}/fields/{key}/changes.atom")
@Transactional(Transactional.TxType.SUPPORTS)
public class FieldFeed {

    private final FollowFeeds feeds;

    public FieldFeed(FollowFeeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Produces("application/atom+xml")
    public Response feed(@RestPath String slug, @RestPath String key) {
        DataRequest request = Requests.bySlug(slug);
        RequestedField field = Requests.field(request, key);
        Links links = new Links(request.slug, null);
        ChangeFilter filter = ChangeFilter.parse(null, null, List.of(), List.of(field.key), List.of(), null, null);
        return feeds.feed(request, filter, new AtomFeed.Scope(field.label + ": " + request.title,
                links.fieldFeed(field.key), links.fieldFeed(field.key), links.changes("field=" + field.key),
                "/fields/" + field.key));
    }
}
