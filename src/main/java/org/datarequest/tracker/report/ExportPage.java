package org.datarequest.tracker.report;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.cell.ChangeCriteria;
import org.datarequest.tracker.cell.ChangeFilter;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.cell.Matrix;
import org.datarequest.tracker.cell.MatrixFilter;
import org.datarequest.tracker.cell.SnapshotService;
import org.datarequest.tracker.web.BadParameterException;
import org.datarequest.tracker.web.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The CSV exports of a request (PRODUCT.md section 7): the matrix (wide), every cell (long) and the change log.
 * Each takes the matrix filters and {@code asOf}; the change log also takes the history page's filters.
 */
@Path("/requests/{slug}/export")
@Transactional(Transactional.TxType.SUPPORTS)
public class ExportPage {

    private final SnapshotService snapshots;
    private final CellExport cellExport;
    private final ChangeLogExport changeLogExport;
    private final Clock clock;

    public ExportPage(SnapshotService snapshots, CellExport cellExport, ChangeLogExport changeLogExport, Clock clock) {
        this.snapshots = snapshots;
        this.cellExport = cellExport;
        this.changeLogExport = changeLogExport;
        this.clock = clock;
    }

    @GET
    @Path("wide.csv")
    public Response wide(@RestPath String slug, @RestQuery String asOf, @RestQuery String bom,
                         @RestQuery List<String> status, @RestQuery List<String> stance,
                         @RestQuery List<String> region, @RestQuery List<String> sensitivity, @RestQuery String q,
                         @RestQuery List<String> litigation, @RestQuery String overdue,
                         @RestQuery List<String> field, @RestQuery String sort) {
        LocalDate day = QueryParams.date("asOf", asOf);
        boolean withBom = QueryParams.bool("bom", bom);
        Matrix matrix = matrix(slug, day, MatrixFilter.parse(status, stance, region, sensitivity, q, litigation,
                overdue).withFields(field), sort);
        return CsvDownload.of(slug, "wide", dayOf(day), withBom, CellExport.wideHeader(matrix),
                CellExport.wideRows(matrix));
    }

    @GET
    @Path("long.csv")
    public Response longFormat(@RestPath String slug, @RestQuery String asOf, @RestQuery String bom,
                               @RestQuery List<String> status, @RestQuery List<String> stance,
                               @RestQuery List<String> region, @RestQuery List<String> sensitivity,
                               @RestQuery String q, @RestQuery List<String> litigation,
                               @RestQuery String overdue, @RestQuery List<String> field, @RestQuery String sort) {
        LocalDate day = QueryParams.date("asOf", asOf);
        boolean withBom = QueryParams.bool("bom", bom);
        Matrix matrix = matrix(slug, day, MatrixFilter.parse(status, stance, region, sensitivity, q, litigation,
                overdue).withFields(field), sort);
        return CsvDownload.of(slug, "long", dayOf(day), withBom, CellExport.LONG_HEADER, cellExport.longRows(matrix));
    }

    /**
     * The change log. {@code status} picks changes by their new status; {@code stance}, {@code region} and
     * {@code q} pick the jurisdictions the matrix would show (at {@code asOf}); {@code sensitivity} picks fields;
     * {@code asOf} leaves out changes effective after that day.
     */
    @GET
    @Path("changes.csv")
    public Response changes(@RestPath String slug, @RestQuery String asOf, @RestQuery String bom,
                            @RestQuery List<String> status, @RestQuery List<String> stance,
                            @RestQuery List<String> region, @RestQuery List<String> sensitivity, @RestQuery String q,
                            @RestQuery List<String> litigation, @RestQuery String overdue,
                            @RestQuery String from, @RestQuery String to, @RestQuery List<String> jurisdiction,
                            @RestQuery List<String> field, @RestQuery String user) {
        LocalDate day = QueryParams.date("asOf", asOf);
        boolean withBom = QueryParams.bool("bom", bom);
        MatrixFilter matrixFilter = MatrixFilter.parse(List.of(), stance, region, sensitivity, q, litigation, overdue);
        ChangeFilter changeFilter = ChangeFilter.parse(from, to, jurisdiction, field, status, user, null);
        DataRequest request = Requests.bySlug(slug);
        List<RequestedField> fields = RequestedField.allOf(request);
        Map<String, RequestedField> byKey = new HashMap<>();
        Map<Long, String> keysById = new HashMap<>();
        fields.forEach(one -> {
            byKey.put(one.key, one);
            keysById.put(one.id, one.key);
        });
        List<String> covered = Coverage.of(request).stream().map(one -> one.jurisdiction.code).toList();
        ChangeCriteria criteria = narrow(changeFilter.criteria(request.id, covered, byKey), matrixFilter, request, day);
        return CsvDownload.of(slug, "changes", dayOf(day), withBom, ChangeLogExport.HEADER,
                changeLogExport.rows(request.slug, criteria, keysById));
    }

    /** The matrix the page shows, with the same filters and order ({@code sort}): the file lists rows as the page does. */
    private Matrix matrix(String slug, LocalDate day, MatrixFilter filter, String sort) {
        org.datarequest.tracker.cell.Snapshot snapshot = snapshots.load(slug, day);
        return Matrix.of(snapshot, filter, org.datarequest.tracker.cell.MatrixOrder.parse(sort, snapshot.fields));
    }

    /** Adds the matrix filters and the as-of day to the history filters. */
    private ChangeCriteria narrow(ChangeCriteria criteria, MatrixFilter filter, DataRequest request, LocalDate day) {
        LocalDate to = day == null || (criteria.to() != null && criteria.to().isBefore(day)) ? criteria.to() : day;
        java.util.Collection<String> codes = criteria.jurisdictions();
        java.util.Collection<Long> fieldIds = criteria.fieldIds();
        if (!filter.isEmpty()) {
            Matrix matrix = Matrix.of(snapshots.load(request, day), filter);
            List<String> shownCodes = matrix.rows().stream().map(row -> row.row().jurisdiction().code).toList();
            List<Long> shownFields = matrix.columns().stream().map(column -> column.field().id).toList();
            codes = codes == null ? shownCodes : codes.stream().filter(shownCodes::contains).toList();
            fieldIds = fieldIds == null ? shownFields : fieldIds.stream().filter(shownFields::contains).toList();
        }
        return new ChangeCriteria(criteria.requestId(), criteria.from(), to, codes, fieldIds, criteria.statuses(),
                criteria.user());
    }

    private LocalDate dayOf(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}
