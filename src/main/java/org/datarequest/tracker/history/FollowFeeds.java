package org.datarequest.tracker.history;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.TrackerConfig;
import org.datarequest.tracker.cell.ChangeFilter;
import org.datarequest.tracker.cell.ChangeHistory;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * The feeds that follow one part of a request — one jurisdiction, one field — built like the request's own
 * feed ({@link HistoryFeed}): the latest change sets that touched it, each entry listing only its changes, with
 * ids and links on the configured base URL.
 */
@ApplicationScoped
public class FollowFeeds {

    private final ChangeHistory history;
    private final URI base;

    public FollowFeeds(ChangeHistory history, TrackerConfig config) {
        this.history = history;
        this.base = URI.create(TrackerConfig.absoluteBase(config) + "/");
    }

    Response feed(DataRequest request, ChangeFilter filter, AtomFeed.Scope scope) {
        List<Coverage> coverage = Coverage.of(request);
        Map<String, String> names = new LinkedHashMap<>();
        coverage.forEach(covered -> names.put(covered.jurisdiction.code, covered.jurisdiction.name));
        var criteria = filter.criteria(request.id, coverage, RequestedField.allOf(request));
        byte[] feed = AtomFeed.write(request, history.changeSets(criteria, 1, HistoryFeed.FEED_SIZE), base, names, scope);
        return Response.ok(feed, "application/atom+xml; charset=utf-8").build();
    }
}
