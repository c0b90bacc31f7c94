package org.datarequest.tracker.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.api.ApiViews.CellDetail;
import org.datarequest.tracker.api.ApiViews.CellView;
import org.datarequest.tracker.api.ApiViews.ChangeView;
import org.datarequest.tracker.api.ApiWrites.Batch;
import org.datarequest.tracker.api.ApiWrites.BatchItem;
import org.datarequest.tracker.api.ApiWrites.CellWrite;
import org.datarequest.tracker.api.ApiWrites.WriteResult;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.cell.ChangeHistory;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.cell.EditConflictException;
import org.datarequest.tracker.cell.MatrixFilter;
import org.datarequest.tracker.web.NotFound;
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

/** The cells of a request: read them (now or as of a day, filtered like the matrix) and set them. */
@Path("/api/requests/{slug}/cells")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cells")
@Transactional(Transactional.TxType.SUPPORTS)
public class CellApi {

    private final ApiCells cells;
    private final CellWrites writes;
    private final ChangeHistory changeHistory;
    private final SecurityIdentity identity;

    public CellApi(ApiCells cells, CellWrites writes, ChangeHistory changeHistory, SecurityIdentity identity) {
        this.cells = cells;
        this.writes = writes;
        this.changeHistory = changeHistory;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Every cell of the request's current fields, now or as of a day, with the matrix filters",
            description = "status, stance, region, sensitivity and litigation may repeat; q searches jurisdiction"
                    + " names; overdue=1 keeps the jurisdictions whose deadline passed while still pending."
                    + " With a status filter only cells in those statuses are listed.")
    @APIResponse(responseCode = "200", description = "The cells, by jurisdiction then field order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CellView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not understood",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CellView> list(@RestPath String slug, @RestQuery String asOf, @RestQuery List<String> status,
                               @RestQuery List<String> stance, @RestQuery List<String> region,
                               @RestQuery List<String> sensitivity, @RestQuery String q,
                               @RestQuery List<String> litigation, @RestQuery String overdue) {
        LocalDate day = QueryParams.date("asOf", asOf);
        MatrixFilter filter = MatrixFilter.parse(status, stance, region, sensitivity, q, litigation, overdue);
        return cells.of(slug, day, filter);
    }

    @GET
    @Path("{code}/{field}")
    @Operation(summary = "One cell, now or as of a day, with its whole history")
    @APIResponse(responseCode = "200", description = "The cell and its history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CellDetail.class)))
    @APIResponse(responseCode = "404", description = "No such request, jurisdiction or field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CellDetail cell(@RestPath String slug, @RestPath String code, @RestPath String field,
                           @RestQuery String asOf) {
        LocalDate day = QueryParams.date("asOf", asOf);
        DataRequest request = Requests.bySlug(slug);
        CellView cell = find(request, code, field, day);
        long responseId = responseId(request, cell.jurisdiction(), field);
        List<ChangeView> history = changeHistory.ofCell(responseId, day, ChangeHistory.Order.EFFECTIVE).stream()
                .map(change -> ChangeView.of(request.slug, change)).toList();
        return new CellDetail(cell, history);
    }

    @PUT
    @Path("{code}/{field}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Set one cell (editors)", description = "Send the version you read. If someone saved the"
            + " cell since, nothing is written and the answer is 409 with the current value.")
    @APIResponse(responseCode = "200", description = "Saved; lists the change recorded (none if nothing differed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WriteResult.class)))
    @APIResponse(responseCode = "409", description = "The cell changed since its version was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid value, with a message per input name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response set(@RestPath String slug, @RestPath String code, @RestPath String field, CellWrite write) {
        Coverage coverage = Requests.coverage(slug, code);
        DataRequest request = coverage.request;
        RequestedField requested = Requests.field(request, field);
        CellWrite body = write != null ? write : new CellWrite(null, null, null, null, null, null, null, null);
        return apply(request, List.of(new BatchItem(coverage.jurisdiction.code, requested.key, body.version(),
                body.status(), body.effectiveDate(), body.note(), body.legalBasis(), body.conditions(),
                body.sourceUrl(), body.sourceTitle())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Set many cells at once, all or nothing (editors)")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WriteResult.class)))
    @APIResponse(responseCode = "409", description = "Some cells changed since their versions were read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid items, each with its index and messages",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response setMany(@RestPath String slug, Batch batch) {
        return apply(Requests.bySlug(slug), batch == null ? null : batch.items());
    }

    private Response apply(DataRequest request, List<BatchItem> items) {
        try {
            List<CellChange> changes = writes.apply(request, items, identity.getPrincipal().getName());
            return Response.ok(new WriteResult(changes.size(),
                    changes.stream().map(change -> ChangeView.of(request.slug, change)).toList())).build();
        } catch (CellWrites.Invalid invalid) {
            Map<String, Object> problem = Problems.body(422, "Unprocessable Content",
                    "Nothing was written: " + invalid.items.size() + " item(s) break the rules.");
            problem.put("errors", invalid.items);
            return Problems.of(problem);
        } catch (EditConflictException conflict) {
            return conflict(request, items, conflict);
        }
    }

    private Response conflict(DataRequest request, List<BatchItem> items, EditConflictException conflict) {
        Map<String, Object> problem = Problems.body(409, "Conflict", "Nothing was written: someone saved "
                + conflict.conflicts.size() + " of these cells since you read them. Compare, then send again"
                + " with the current version.");
        problem.put("conflicts", conflict.conflicts.stream().map(one -> {
            BatchItem item = items.stream().filter(candidate -> one.yours().fieldKey().equals(candidate.field())
                    && one.yours().jurisdictionCode().equalsIgnoreCase(candidate.jurisdiction())).findFirst().orElseThrow();
            return new ApiWrites.Conflict(one.yours().jurisdictionCode(), one.yours().fieldKey(),
                    one.yours().expectedVersion(), item.write(),
                    find(request, one.yours().jurisdictionCode(), one.yours().fieldKey(), null));
        }).toList());
        return Problems.of(problem);
    }

    private CellView find(DataRequest request, String code, String field, LocalDate day) {
        Coverage coverage = Requests.coverage(request, code);
        RequestedField requested = Requests.field(request, field);
        // the one jurisdiction's cells, all fields: retired fields are readable here too
        return cells.ofJurisdiction(request, coverage, day).stream()
                .filter(cell -> cell.field().equals(requested.key)).findFirst()
                .orElseThrow(() -> NotFound.of("cell for the field", field));
    }

    private static long responseId(DataRequest request, String code, String field) {
        return org.datarequest.tracker.cell.Cell.<org.datarequest.tracker.cell.Cell>find(
                "request = ?1 and jurisdiction.code = ?2 and field.key = ?3", request, code, field)
                .firstResultOptional().map(cell -> cell.id)
                .orElseThrow(() -> NotFound.of("cell for the field", field));
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
