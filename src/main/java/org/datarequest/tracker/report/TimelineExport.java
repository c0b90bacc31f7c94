package org.datarequest.tracker.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.request.TimelineEntry;
import org.datarequest.tracker.web.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A request's timeline as CSV, newest first: RFC 4180, CRLF, a header row, optional BOM for Excel. */
@Path("/requests/{slug}/export/timeline.csv")
public class TimelineExport {

    public static final List<String> COLUMNS = List.of("request", "date", "kind", "jurisdiction", "jurisdiction_name",
            "speaker", "office", "quote", "summary", "source_url", "source_title");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @GET
    @Produces("text/csv; charset=UTF-8")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response export(@RestPath String slug, @RestQuery String bom) {
        boolean withBom = QueryParams.bool("bom", bom);
        DataRequest request = Requests.bySlug(slug);
        // a timeline holds tens of entries, so they are read before streaming rather than holding a cursor open
        List<TimelineEntry> entries = TimelineEntry.of(request);
        StreamingOutput body = out -> write(out, request.slug, entries, withBom);
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"" + request.slug + "-timeline.csv\"")
                .build();
    }

    private static void write(OutputStream out, String slug, List<TimelineEntry> entries, boolean withBom)
            throws java.io.IOException {
        if (withBom) {
            out.write(BOM);
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
        csv.writeRecord(COLUMNS);
        for (TimelineEntry entry : entries) {
            csv.writeRecord(slug, entry.occurredOn.toString(), entry.kind.name(),
                    entry.jurisdiction == null ? "" : entry.jurisdiction.code,
                    entry.jurisdiction == null ? "" : SpreadsheetSafe.text(entry.jurisdiction.name),
                    SpreadsheetSafe.text(entry.speaker), SpreadsheetSafe.text(entry.office),
                    SpreadsheetSafe.text(entry.quote), SpreadsheetSafe.text(entry.summary),
                    SpreadsheetSafe.text(entry.sourceUrl), SpreadsheetSafe.text(entry.sourceTitle));
        }
        csv.flush();
    }
}
