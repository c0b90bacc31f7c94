package org.datarequest.tracker.api;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.api.ApiViews.CellView;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.SnapshotService;
import org.datarequest.tracker.cell.StateSummary;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.communication.Communications;
import org.datarequest.tracker.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** One jurisdiction's answer to a request: its stance, the sentence its page opens with, and its cells. */
@Path("/api/requests/{slug}/jurisdictions/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jurisdictions")
@Transactional(Transactional.TxType.SUPPORTS)
public class JurisdictionApi {

    @Schema(description = "A jurisdiction's answer, now or as of a day. summary is the sentence of its page"
            + " (\"New York refuses all 13 fields since 30 June 2017 — …\"); summaryWho and summarySource are its"
            + " parts (null when unknown).")
    public record JurisdictionAnswer(String request, String jurisdiction, String jurisdictionName, LocalDate asOf,
                                     String stance, String stanceLabel, String summary, String summaryWho,
                                     String summarySource, String summarySourceUrl, List<CellView> cells) {
    }

    private final SnapshotService snapshots;
    private final ApiCells cells;

    public JurisdictionApi(SnapshotService snapshots, ApiCells cells) {
        this.snapshots = snapshots;
        this.cells = cells;
    }

    @GET
    @Operation(summary = "One jurisdiction's stance, summary sentence and cells, now or as of a day")
    @APIResponse(responseCode = "200", description = "The jurisdiction's answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JurisdictionAnswer.class)))
    @APIResponse(responseCode = "400", description = "asOf is not a date",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such request, or the request does not cover it",
            content = @Content(mediaType = "application/problem+json"))
    public JurisdictionAnswer read(@RestPath String slug, @RestPath String code, @RestQuery String asOf) {
        LocalDate day = QueryParams.date("asOf", asOf);
        Coverage coverage = Requests.coverage(slug, code);
        DataRequest request = coverage.request;
        Snapshot snapshot = snapshots.loadOne(request, coverage, day);
        Snapshot.Row row = snapshot.rows.get(0);
        StateSummary summary = StateSummary.of(coverage.jurisdiction.name, snapshot.fields, row.cells(),
                StateSummary.speaker(Communications.story(request, coverage.jurisdiction, day)));
        return new JurisdictionAnswer(request.slug, coverage.jurisdiction.code, coverage.jurisdiction.name, day,
                row.stance().name(), row.stance().label, summary.sentence(), summary.who(), summary.sourceText(),
                summary.sourceUrl(), cells.ofJurisdiction(request, coverage, day));
    }
}
