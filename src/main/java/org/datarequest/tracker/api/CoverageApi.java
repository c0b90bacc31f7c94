package org.datarequest.tracker.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.SnapshotService;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.CoverageDates;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.QueryParams;
import org.datarequest.tracker.web.SaneDates;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Each covered jurisdiction's letter date and deadline: read them with who is overdue, and set them (admins). */
@Path("/api/requests/{slug}/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coverage")
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageApi {

    @Schema(description = "A covered jurisdiction's letter date and deadline in effect (its own, else the"
            + " request's), its own ones (null: the request's), and whether it is overdue on the day asked")
    public record CoverageDatesView(@Schema(example = "TX") String jurisdiction, String jurisdictionName,
                                    LocalDate sentOn, LocalDate deadline, LocalDate ownSentOn,
                                    LocalDate ownDeadline, boolean overdue) {
    }

    @Schema(description = "Every covered jurisdiction's dates; overdue counts deadlines passed before asOf (or"
            + " today) while the stance is still pending")
    public record CoverageList(String request, LocalDate asOf, int overdue, List<CoverageDatesView> jurisdictions) {
    }

    @Schema(description = "One jurisdiction's own letter date and deadline, YYYY-MM-DD; null or absent means the"
            + " request's. The deadline cannot be before the letter, nor the letter before the request")
    public record CoverageWrite(@Schema(example = "2025-08-14") String sentOn,
                                @Schema(example = "2025-08-28") String deadline) {
    }

    private final SnapshotService snapshots;
    private final CoverageDates dates;

    public CoverageApi(SnapshotService snapshots, CoverageDates dates) {
        this.snapshots = snapshots;
        this.dates = dates;
    }

    @GET
    @Operation(summary = "Every covered jurisdiction's letter date and deadline, and who is overdue on a day",
            description = "overdue=1 lists only the overdue jurisdictions")
    @APIResponse(responseCode = "200", description = "The dates",
            content = @Content(schema = @Schema(implementation = CoverageList.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not understood",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No request with this slug",
            content = @Content(mediaType = "application/problem+json"))
    public CoverageList list(@RestPath String slug, @RestQuery String asOf, @RestQuery String overdue) {
        LocalDate day = QueryParams.date("asOf", asOf);
        boolean onlyOverdue = QueryParams.bool("overdue", overdue);
        DataRequest request = Requests.bySlug(slug);
        Snapshot snapshot = snapshots.load(request, day);
        Map<String, CoverageDates.Dates> own = new HashMap<>();
        CoverageDates.of(request).forEach(dates -> own.put(dates.jurisdiction(), dates));
        List<CoverageDatesView> rows = snapshot.rows.stream().filter(row -> !onlyOverdue || row.overdue())
                .map(row -> {
                    CoverageDates.Dates mine = own.get(row.jurisdiction().code);
                    return new CoverageDatesView(row.jurisdiction().code, row.jurisdiction().name, row.sentOn(),
                            row.deadline(), mine == null ? null : mine.sentOn(), mine == null ? null : mine.deadline(),
                            row.overdue());
                }).toList();
        return new CoverageList(request.slug, day, snapshot.overdueCount(), rows);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Transactional
    @Operation(summary = "Set one jurisdiction's letter date and deadline (admins)")
    @APIResponse(responseCode = "200", description = "Saved (or already so)",
            content = @Content(schema = @Schema(implementation = CoverageDatesView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an administrator",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such request, or the request does not cover it",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "A date is malformed or out of order, with a message per input",
            content = @Content(mediaType = "application/problem+json"))
    public Response set(@RestPath String slug, @RestPath String code, CoverageWrite write) {
        Coverage coverage = Requests.coverage(slug, code);
        DataRequest request = coverage.request;
        CoverageWrite body = write != null ? write : new CoverageWrite(null, null);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        LocalDate sentOn = date("sentOn", body.sentOn(), errors);
        LocalDate deadline = date("deadline", body.deadline(), errors);
        String wrong = errors.isEmpty()
                ? CoverageDates.problem(request, new CoverageDates.Dates(coverage.jurisdiction.code, sentOn, deadline))
                : null;
        if (wrong != null) {
            errors.put(wrong.startsWith("The letter") ? "sentOn" : "deadline", wrong);
        }
        if (errors.isEmpty()) {
            dates.set(request, coverage.jurisdiction.code, sentOn, deadline);
        }
        if (!errors.isEmpty()) {
            Map<String, Object> problem = Problems.body(422, "Unprocessable Content",
                    "Nothing was written: the dates break some rules.");
            problem.put("errors", List.of(new ApiWrites.ItemErrors(0, coverage.jurisdiction.code, null, errors)));
            return Problems.of(problem);
        }
        Snapshot.Row row = snapshots.loadOne(request, coverage, null).rows.get(0);
        return Response.ok(new CoverageDatesView(coverage.jurisdiction.code, coverage.jurisdiction.name,
                row.sentOn(), row.deadline(), sentOn, deadline, row.overdue())).build();
    }

    private static LocalDate date(String name, String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (SaneDates.contains(day)) {
                return day;
            }
            errors.put(name, "Give a date " + SaneDates.PROBLEM + ".");
        } catch (DateTimeParseException e) {
            errors.put(name, "Write the date as YYYY-MM-DD.");
        }
        return null;
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
