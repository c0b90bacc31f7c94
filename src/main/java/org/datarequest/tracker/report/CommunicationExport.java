package org.datarequest.tracker.report;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.communication.Communications;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A request's communications as CSV in the columns the import reads ({@link CommunicationCsv#COLUMNS}), oldest
 * first, as of a day when asked, written like every other download ({@link CsvDownload}: streamed, every cell
 * neutralised against formulas).
 */
@Path("/requests/{slug}/export/communications.csv")
public class CommunicationExport {

    private final Clock clock;

    public CommunicationExport(Clock clock) {
        this.clock = clock;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response export(@RestPath String slug, @RestQuery String asOf, @RestQuery String bom) {
        LocalDate day = QueryParams.date("asOf", asOf);
        boolean withBom = QueryParams.bool("bom", bom);
        DataRequest request = Requests.bySlug(slug);
        // read in one statement before streaming: a request holds hundreds of communications, not millions
        List<Communication> entries = Communications.filtered(request, null, null, day, true);
        return CsvDownload.of(request.slug, "communications", day != null ? day : LocalDate.now(clock), withBom,
                CommunicationCsv.COLUMNS, sink -> entries.forEach(entry -> sink.row(CommunicationCsv.row(entry))));
    }
}
