package org.datarequest.tracker.report;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.communication.Communications;
import org.datarequest.tracker.web.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The timeline download kept for scripts written before communications: the request's communications in the
 * timeline's columns ({@code summary} is the title), newest first, written like every other download ({@link CsvDownload}). */
@Path("/requests/{slug}/export/timeline.csv")
public class TimelineExport {

    public static final List<String> COLUMNS = List.of("request", "date", "kind", "jurisdiction", "jurisdiction_name",
            "speaker", "office", "quote", "summary", "source_url", "source_title");

    private final Clock clock;

    public TimelineExport(Clock clock) {
        this.clock = clock;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response export(@RestPath String slug, @RestQuery String bom) {
        boolean withBom = QueryParams.bool("bom", bom);
        DataRequest request = Requests.bySlug(slug);
        // a timeline holds tens of entries, so they are read before streaming rather than holding a cursor open
        List<Communication> entries = Communications.of(request, null);
        return CsvDownload.of(request.slug, "timeline", LocalDate.now(clock), withBom, COLUMNS, sink -> {
            for (Communication entry : entries) {
                sink.row(java.util.Arrays.asList(request.slug, entry.dateIso(), entry.kind.name(),
                        entry.jurisdiction == null ? "" : entry.jurisdiction.code,
                        entry.jurisdiction == null ? "" : entry.jurisdiction.name,
                        entry.speaker, entry.office, entry.quote, entry.title, entry.sourceUrl, entry.sourceTitle));
            }
        });
    }
}
