package org.datarequest.tracker.api;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.SnapshotService;
import org.datarequest.tracker.litigation.LitigationChange;
import org.datarequest.tracker.litigation.LitigationEditor;
import org.datarequest.tracker.litigation.LitigationInput;
import org.datarequest.tracker.litigation.LitigationStates;
import org.datarequest.tracker.litigation.LitigationStatus;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.InvalidInput;
import org.datarequest.tracker.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Each jurisdiction's litigation over a request: read it now or as of a day, and record a change (editors). */
@Path("/api/requests/{slug}/litigation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Litigation")
@Transactional(Transactional.TxType.SUPPORTS)
public class LitigationApi {

    @Schema(description = "One litigation change: a status in effect from its effective date, with its case")
    public record LitigationView(
            @Schema(example = "OR") String jurisdiction,
            @Schema(enumeration = {"NONE", "SUED", "DISMISSED", "ORDERED_TO_PROVIDE", "SETTLED", "APPEALED"})
            String status, String statusLabel, LocalDate effectiveDate, String caseName, String court,
            String docketUrl, String sourceUrl, String sourceTitle, String note, Long communicationId,
            Instant recordedAt, String recordedBy, Long id) {

        static LitigationView of(String code, LitigationChange change) {
            if (change == null) {
                return new LitigationView(code, LitigationStatus.NONE.name(), LitigationStatus.NONE.label, null, null,
                        null, null, null, null, null, null, null, null, null);
            }
            return new LitigationView(change.jurisdictionCode, change.status.name(), change.status.label,
                    change.effectiveDate, change.caseName, change.court, change.docketUrl, change.sourceUrl,
                    change.sourceTitle, change.note, change.communicationId, change.recordedAt, change.recordedBy,
                    change.id);
        }
    }

    @Schema(description = "Every covered jurisdiction's litigation status on a day, with counts by status")
    public record LitigationList(String request, LocalDate asOf, Map<String, Integer> counts,
                                 List<LitigationView> jurisdictions) {
    }

    @Schema(description = "One jurisdiction's litigation status on a day and its history up to then, newest first")
    public record LitigationDetail(LitigationView current, List<LitigationView> history) {
    }

    @Schema(description = "A litigation change, with the same rules as the form: effectiveDate (YYYY-MM-DD) is"
            + " required; a source (URL, title or docket) is needed for any status but NONE")
    public record LitigationWrite(
            @Schema(required = true, example = "SUED",
                    enumeration = {"NONE", "SUED", "DISMISSED", "ORDERED_TO_PROVIDE", "SETTLED", "APPEALED"})
            String status,
            @Schema(required = true, example = "2025-09-16") String effectiveDate, String caseName, String court,
            String docketUrl, String sourceUrl, String sourceTitle, String note, Long communicationId) {

        LitigationInput input() {
            return new LitigationInput(status, effectiveDate, caseName, court, docketUrl, sourceUrl, sourceTitle,
                    note, communicationId == null ? null : communicationId.toString());
        }
    }

    @Schema(description = "What a write recorded: the change, or none when it said what was already in effect")
    @JsonInclude(JsonInclude.Include.NON_NULL) // no change: the property is left out, as the document says
    public record LitigationWriteResult(boolean recorded, LitigationView change) {
    }

    private final SnapshotService snapshots;
    private final LitigationStates states;
    private final LitigationEditor editor;
    private final SecurityIdentity identity;

    public LitigationApi(SnapshotService snapshots, LitigationStates states, LitigationEditor editor,
                         SecurityIdentity identity) {
        this.snapshots = snapshots;
        this.states = states;
        this.editor = editor;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Every covered jurisdiction's litigation status, now or as of a day",
            description = "litigation filters by status (may repeat); counts leave out NONE")
    @APIResponse(responseCode = "200", description = "The statuses",
            content = @Content(schema = @Schema(implementation = LitigationList.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not understood",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No request with this slug",
            content = @Content(mediaType = "application/problem+json"))
    public LitigationList list(@RestPath String slug, @RestQuery String asOf, @RestQuery List<String> litigation) {
        LocalDate day = QueryParams.date("asOf", asOf);
        List<LitigationStatus> wanted = QueryParams.values("litigation", litigation, LitigationStatus::parse,
                LitigationStatus.values());
        Snapshot snapshot = snapshots.load(slug, day);
        Map<String, Integer> counts = new LinkedHashMap<>();
        snapshot.litigationCounts().forEach((status, count) -> counts.put(status.name(), count));
        List<LitigationView> rows = snapshot.rows.stream()
                .filter(row -> wanted.isEmpty() || wanted.contains(row.litigation()))
                .map(row -> LitigationView.of(row.jurisdiction().code, row.litigationChange())).toList();
        return new LitigationList(snapshot.request.slug, day, counts, rows);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One jurisdiction's litigation status, now or as of a day, with its history up to then")
    @APIResponse(responseCode = "200", description = "The status and history",
            content = @Content(schema = @Schema(implementation = LitigationDetail.class)))
    @APIResponse(responseCode = "404", description = "No such request, or the request does not cover it",
            content = @Content(mediaType = "application/problem+json"))
    public LitigationDetail one(@RestPath String slug, @RestPath String code, @RestQuery String asOf) {
        LocalDate day = QueryParams.date("asOf", asOf);
        Coverage coverage = Requests.coverage(slug, code);
        DataRequest request = coverage.request;
        String covered = coverage.jurisdiction.code;
        List<LitigationChange> history = states.history(request.id, covered, day);
        return new LitigationDetail(LitigationView.of(covered, history.isEmpty() ? null : history.get(0)),
                history.stream().map(change -> LitigationView.of(covered, change)).toList());
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Record a litigation change for one jurisdiction (editors)",
            description = "Appends to the history; a change that says exactly what is in effect on its day"
                    + " records nothing (200 with recorded false)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = LitigationWriteResult.class)))
    @APIResponse(responseCode = "200", description = "Nothing new: already in effect",
            content = @Content(schema = @Schema(implementation = LitigationWriteResult.class)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such request, or the request does not cover it",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Invalid input, with a message per input name",
            content = @Content(mediaType = "application/problem+json"))
    public Response record(@RestPath String slug, @RestPath String code, LitigationWrite write) {
        Coverage coverage = Requests.coverage(slug, code);
        DataRequest request = coverage.request;
        if (write == null) {
            return Problems.of(422, "Unprocessable Content", "Send a litigation change as JSON.");
        }
        try {
            Optional<LitigationChange> recorded = editor.record(request, coverage, write.input(),
                    identity.getPrincipal().getName());
            if (recorded.isEmpty()) {
                return Response.ok(new LitigationWriteResult(false, null)).build();
            }
            return Response.created(URI.create("/api/requests/" + request.slug + "/litigation/"
                            + coverage.jurisdiction.code))
                    .entity(new LitigationWriteResult(true, LitigationView.of(coverage.jurisdiction.code,
                            recorded.get()))).build();
        } catch (InvalidInput invalid) {
            Map<String, Object> problem = Problems.body(422, "Unprocessable Content",
                    "Nothing was written: the change breaks some rules.");
            problem.put("errors", List.of(new ApiWrites.ItemErrors(0, coverage.jurisdiction.code, null,
                    invalid.errors.asMap())));
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
