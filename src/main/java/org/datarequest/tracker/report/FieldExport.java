package org.datarequest.tracker.report;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.FieldCsv;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The request's current fields in the columns the field upload reads ({@code position, key, label, wording,
 * sensitivity}), so a wave's fields can be copied to another request or kept beside its other set-up files.
 * Retired fields are left out: uploading the file gives the columns the matrix shows today.
 */
@Path("/requests/{slug}/export/fields.csv")
public class FieldExport {

    private final Clock clock;

    public FieldExport(Clock clock) {
        this.clock = clock;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response export(@RestPath String slug, @RestQuery String bom) {
        boolean withBom = QueryParams.bool("bom", bom);
        DataRequest request = Requests.bySlug(slug);
        List<RequestedField> fields = RequestedField.activeOf(request);
        return CsvDownload.of(request.slug, "fields", LocalDate.now(clock), withBom, FieldCsv.COLUMNS, sink -> {
            for (RequestedField field : fields) {
                sink.row(List.of(Integer.toString(field.position), field.key, field.label,
                        field.wording == null ? "" : field.wording, field.sensitivity.code()));
            }
        });
    }
}
