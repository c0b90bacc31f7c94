package org.datarequest.tracker.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.api.ApiViews.CoverageView;
import org.datarequest.tracker.api.ApiViews.FieldView;
import org.datarequest.tracker.api.ApiViews.JurisdictionStance;
import org.datarequest.tracker.api.ApiViews.RequestDetail;
import org.datarequest.tracker.api.ApiViews.RequestSummary;
import org.datarequest.tracker.api.ApiViews.StanceCounts;
import org.datarequest.tracker.api.ApiViews.TimelineView;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.communication.CommunicationEditor;
import org.datarequest.tracker.communication.CommunicationForm;
import org.datarequest.tracker.communication.Communications;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.SnapshotService;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.web.InvalidInput;
import org.datarequest.tracker.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Requests, their fields and coverage, stance counts and timelines, as JSON. */
@Path("/api/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
@Transactional(Transactional.TxType.SUPPORTS)
public class RequestApi {

    private final SnapshotService snapshots;
    private final CommunicationEditor timeline;
    private final SecurityIdentity identity;

    public RequestApi(SnapshotService snapshots, CommunicationEditor timeline, SecurityIdentity identity) {
        this.snapshots = snapshots;
        this.timeline = timeline;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "List every request, current ones first, newest first")
    @APIResponse(responseCode = "200", description = "The requests",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RequestSummary.class)))
    public List<RequestSummary> list() {
        return DataRequest.listNewestFirst().stream().map(RequestSummary::of).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One request with its fields (in order, retired ones included) and its coverage")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RequestDetail.class)))
    @APIResponse(responseCode = "404", description = "No request with this slug",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RequestDetail request(@RestPath String slug) {
        DataRequest request = Requests.bySlug(slug);
        return new RequestDetail(request.slug, request.title, request.requester, request.sentOn, request.deadline,
                request.description, request.sourceUrl, request.sourceTitle, request.archived,
                RequestedField.allOf(request).stream().map(FieldView::of).toList(),
                Coverage.of(request).stream().map(CoverageView::of).toList());
    }

    @GET
    @Path("{slug}/stances")
    @Operation(summary = "How many jurisdictions hold each stance (PRODUCT definition), now or as of a day")
    @APIResponse(responseCode = "200", description = "The counts and each jurisdiction's stance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StanceCounts.class)))
    public StanceCounts stances(@RestPath String slug, @RestQuery String asOf) {
        LocalDate day = QueryParams.date("asOf", asOf);
        Snapshot snapshot = snapshots.load(slug, day);
        Map<String, Integer> counts = new LinkedHashMap<>();
        snapshot.stanceCounts().forEach((stance, count) -> counts.put(stance.name(), count));
        List<JurisdictionStance> rows = snapshot.rows.stream().map(row -> new JurisdictionStance(
                row.jurisdiction().code, row.jurisdiction().name, row.stance().name(), row.stance().label)).toList();
        return new StanceCounts(slug, day, Stance.DEFINITION, counts, rows);
    }

    @GET
    @Path("{slug}/timeline")
    @Operation(summary = "The request's communications in the timeline's shape, newest first (see communications)")
    @APIResponse(responseCode = "200", description = "The timeline entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TimelineView.class)))
    public List<TimelineView> timeline(@RestPath String slug) {
        return Communications.of(Requests.bySlug(slug), null).stream().map(TimelineView::of).toList();
    }

    @POST
    @Path("{slug}/timeline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Add a timeline entry (editors)", description = "kind is one of LETTER, STATEMENT,"
            + " LAWSUIT, RULING, DEADLINE, OTHER; occurredOn is YYYY-MM-DD; jurisdiction is a USPS code or absent")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "422", description = "Invalid input, with a message per input name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addTimelineEntry(@RestPath String slug, ApiWrites.TimelineWrite write) {
        if (write == null) {
            return Problems.of(422, "Unprocessable Content", "Send a timeline entry as JSON.");
        }
        CommunicationForm form = write.form();
        try {
            Communication entry = timeline.add(slug, form, identity.getPrincipal().getName());
            return Response.created(URI.create("/api/requests/" + slug + "/timeline"))
                    .entity(TimelineView.of(entry)).build();
        } catch (InvalidInput invalid) {
            Map<String, Object> problem = Problems.body(422, "Unprocessable Content", "The entry breaks some rules.");
            // the timeline's names for the inputs it had: occurredOn for the date, summary for the title
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            invalid.errors.asMap().forEach((key, message) -> errors.put(
                    key.equals("date") ? "occurredOn" : key.equals("title") ? "summary" : key, message));
            problem.put("errors", List.of(new ApiWrites.ItemErrors(0, form.jurisdiction, null, errors)));
            return Problems.of(problem);
        }
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Problems.unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problems.forbidden();
    }
}
