package org.datarequest.tracker.report;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.datarequest.tracker.request.CoverageDates;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Each covered jurisdiction's own letter date and deadline, in the columns the coverage upload reads
 * ({@code jurisdiction, sent_on, deadline}); an empty date means the request's, so the file imports back
 * without any change.
 */
@Path("/requests/{slug}/export/coverage.csv")
public class CoverageExport {

    private final Clock clock;

    public CoverageExport(Clock clock) {
        this.clock = clock;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response export(@RestPath String slug, @RestQuery String bom) {
        boolean withBom = QueryParams.bool("bom", bom);
        DataRequest request = Requests.bySlug(slug);
        List<CoverageDates.Dates> rows = CoverageDates.of(request);
        return CsvDownload.of(request.slug, "coverage", LocalDate.now(clock), withBom, CoverageDates.COLUMNS, sink -> {
            for (CoverageDates.Dates dates : rows) {
                sink.row(Arrays.asList(dates.jurisdiction(), text(dates.sentOn()), text(dates.deadline())));
            }
        });
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
