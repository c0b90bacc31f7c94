package org.datarequest.tracker.api;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.datarequest.tracker.api.ApiViews.ChangePage;
import org.datarequest.tracker.api.ApiViews.ChangeView;
import org.datarequest.tracker.history.ChangeLog;
import org.datarequest.tracker.history.ChangeQuery;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.tracking.Status;
import org.datarequest.tracker.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A request's change log, newest recorded first, filtered and paged. */
@Path("/api/requests/{slug}/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes")
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeApi {

    private final ChangeLog changeLog;

    public ChangeApi(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    @GET
    @Operation(summary = "The changes of a request, newest recorded first",
            description = "from and to bound the effective date (inclusive); jurisdiction is a USPS code, field a"
                    + " key, status the new status, user who recorded it. page starts at 0; size is 1 to 500.")
    public ChangePage changes(@RestPath String slug, @RestQuery String from, @RestQuery String to,
                              @RestQuery String jurisdiction, @RestQuery String field, @RestQuery String status,
                              @RestQuery String user, @RestQuery String page, @RestQuery String size) {
        DataRequest request = Requests.bySlug(slug);
        ChangeQuery query = new ChangeQuery(QueryParams.date("from", from), QueryParams.date("to", to),
                code(jurisdiction), QueryParams.text("field", field, 60), status(status),
                QueryParams.text("user", user, 60));
        int pageNumber = QueryParams.integer("page", page, 0, 0, 1_000_000);
        int pageSize = QueryParams.integer("size", size, 100, 1, 500);
        List<ChangeView> items = changeLog.page(request, query, pageNumber, pageSize).stream()
                .map(change -> ChangeView.of(request.slug, change)).toList();
        return new ChangePage(items, pageNumber, pageSize, changeLog.count(request, query));
    }

    private static String code(String jurisdiction) {
        String text = QueryParams.text("jurisdiction", jurisdiction, 2);
        if (text == null) {
            return null;
        }
        return Jurisdiction.findByCode(text).map(found -> found.code).orElseThrow(() ->
                new org.datarequest.tracker.web.BadParameterException("jurisdiction", text, "expected a USPS code"));
    }

    private static Status status(String status) {
        List<Status> parsed = QueryParams.values("status", status == null ? null : List.of(status), Status::parse,
                Status.values());
        return parsed.isEmpty() ? null : parsed.get(0);
    }
}
