package org.datarequest.tracker.tracking;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.history.CellChange;
import org.datarequest.tracker.history.ChangeLog;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.Links;
import org.datarequest.tracker.web.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** One cell: what one jurisdiction does about one field, and every change it went through. */
@Path("/requests/{slug}/cells/{code}/{fieldKey}")
@Produces(MediaType.TEXT_HTML)
@Transactional(Transactional.TxType.SUPPORTS)
public class CellPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cell(DataRequest request, Coverage coverage, RequestedField field, Cell cell,
                                            List<CellChange> history, Links links);
    }

    private final org.datarequest.tracker.history.CellStates cellStates;
    private final ChangeLog changeLog;

    public CellPage(org.datarequest.tracker.history.CellStates cellStates, ChangeLog changeLog) {
        this.cellStates = cellStates;
        this.changeLog = changeLog;
    }

    @GET
    public TemplateInstance cell(@RestPath String slug, @RestPath String code, @RestPath String fieldKey,
                                 @RestQuery String asOf) {
        LocalDate day = QueryParams.date("asOf", asOf);
        DataRequest request = Requests.bySlug(slug);
        Coverage coverage = Requests.coverage(request, code);
        RequestedField field = Requests.field(request, fieldKey);
        Cell cell = cellStates.of(request.id, coverage.jurisdiction.code, day).stream()
                .filter(candidate -> candidate.fieldId() == field.id).findFirst()
                .orElseThrow(() -> org.datarequest.tracker.web.NotFound.of("cell for the field", fieldKey));
        return Templates.cell(request, coverage, field, cell, changeLog.ofCell(cell.responseId()),
                new Links(request.slug, day));
    }
}
