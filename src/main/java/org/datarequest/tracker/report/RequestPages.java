package org.datarequest.tracker.report;

import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.communication.Communications;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.datarequest.tracker.cell.ChangeHistory;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.SnapshotService;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.web.Links;
import org.datarequest.tracker.web.QueryParams;
import org.datarequest.tracker.web.Utf8Page;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The home page, the list of requests and each request's dashboard. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Transactional(Transactional.TxType.SUPPORTS)
public class RequestPages {

    private static final int RECENT_CHANGES = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DataRequest request, Dashboard dashboard, Links links,
                                                 Stance[] stances, Status[] statuses, String definition);

        static native TemplateInstance list(List<DataRequest> current, List<DataRequest> archived);
    }

    private final SnapshotService snapshots;
    private final ChangeHistory changeHistory;
    private final Clock clock;

    public RequestPages(SnapshotService snapshots, ChangeHistory changeHistory, Clock clock) {
        this.snapshots = snapshots;
        this.changeHistory = changeHistory;
        this.clock = clock;
    }

    /** The dashboard of the newest current request, or the list when there is none. */
    @GET
    public Utf8Page home(@RestQuery String asOf, @RestQuery String map) {
        Optional<DataRequest> newest = DataRequest.newestCurrent();
        if (newest.isEmpty()) {
            return Utf8Page.of(list());
        }
        LocalDate day = QueryParams.date("asOf", asOf);
        return Utf8Page.of(dashboard(snapshots.load(newest.get(), day), day, map));
    }

    @GET
    @Path("requests")
    public TemplateInstance list() {
        List<DataRequest> all = DataRequest.listNewestFirst();
        return Templates.list(all.stream().filter(request -> !request.archived).toList(),
                all.stream().filter(request -> request.archived).toList());
    }

    @GET
    @Path("requests/{slug}")
    public Utf8Page dashboard(@RestPath String slug, @RestQuery String asOf, @RestQuery String map) {
        LocalDate day = QueryParams.date("asOf", asOf);
        return Utf8Page.of(dashboard(snapshots.load(slug, day), day, map));
    }

    /** @param map the key of the field the map shows instead of the stance, or null */
    private TemplateInstance dashboard(Snapshot snapshot, LocalDate asOf, String map) {
        DataRequest request = snapshot.request;
        Links links = new Links(request.slug, asOf);
        int column = mapColumn(snapshot, map);
        Dashboard dashboard = new Dashboard(snapshot, asOf != null ? asOf : LocalDate.now(clock),
                TileMap.of(snapshot.rows, links::jurisdiction, column,
                        column < 0 ? null : snapshot.fields.get(column).label), Dashboard.fieldBars(snapshot),
                Communications.of(request, asOf), changeHistory.recent(request, asOf, RECENT_CHANGES));
        return Templates.dashboard(request, dashboard, links, Stance.values(), Status.values(), Stance.DEFINITION);
    }

    /** The column of the field {@code map} names, or -1 for the stance map (absent, empty or "stance"). */
    private static int mapColumn(Snapshot snapshot, String map) {
        if (map == null || map.isBlank() || "stance".equals(map.strip())) {
            return -1;
        }
        for (int column = 0; column < snapshot.fields.size(); column++) {
            if (snapshot.fields.get(column).key.equals(map.strip())) {
                return column;
            }
        }
        throw new org.datarequest.tracker.web.BadParameterException("map", map,
                "expected stance or the key of one of this request's fields");
    }
}
