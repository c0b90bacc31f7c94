package org.datarequest.tracker.api;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.datarequest.tracker.api.ApiViews.ChangePage;
import org.datarequest.tracker.api.ApiViews.ChangeView;
import org.datarequest.tracker.cell.ChangeCriteria;
import org.datarequest.tracker.cell.ChangeFilter;
import org.datarequest.tracker.cell.ChangeHistory;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A request's change log, newest recorded first, filtered and paged like the history page. */
@Path("/api/requests/{slug}/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes")
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeApi {

    private final ChangeHistory history;

    public ChangeApi(ChangeHistory history) {
        this.history = history;
    }

    @GET
    @Operation(summary = "The changes of a request, newest first",
            description = "from and to bound the effective date (inclusive); jurisdiction is a USPS code, field a"
                    + " key, status the new status (each may repeat), user who recorded it. page starts at 0;"
                    + " size is 1 to 500. order=effective (the default: by effective date, then recorded time)"
                    + " or order=recorded (the audit view).")
    @APIResponse(responseCode = "200", description = "One page of changes and the total that match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChangePage.class)))
    public ChangePage changes(@RestPath String slug, @RestQuery String from, @RestQuery String to,
                              @RestQuery List<String> jurisdiction, @RestQuery List<String> field,
                              @RestQuery List<String> status, @RestQuery String user, @RestQuery String page,
                              @RestQuery String size, @RestQuery String order) {
        ChangeFilter filter = ChangeFilter.parse(from, to, jurisdiction, field, status, user, null);
        int pageNumber = QueryParams.integer("page", page, 0, 0, 1_000_000);
        int pageSize = QueryParams.integer("size", size, 100, 1, 500);
        DataRequest request = Requests.bySlug(slug);
        ChangeCriteria criteria = filter.criteria(request.id, Coverage.of(request), RequestedField.allOf(request));
        ChangeHistory.ChangePage found = history.page(criteria, pageNumber + 1, pageSize,
                ChangeHistory.Order.of(QueryParams.choice("order", order, "effective", "recorded")));
        List<ChangeView> items = found.changes().stream().map(change -> ChangeView.of(request.slug, change)).toList();
        return new ChangePage(items, pageNumber, pageSize, found.total());
    }
}
