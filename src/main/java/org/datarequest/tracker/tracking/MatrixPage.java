package org.datarequest.tracker.tracking;

import org.datarequest.tracker.cell.Matrix;
import org.datarequest.tracker.cell.MatrixFilter;
import org.datarequest.tracker.cell.MatrixOrder;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.SnapshotService;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.cell.Status;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.web.Links;
import org.datarequest.tracker.web.QueryParams;
import org.datarequest.tracker.web.Utf8Page;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The compliance matrix: jurisdictions by fields, with filters as query parameters. */
@Path("/requests/{slug}/matrix")
@Produces(MediaType.TEXT_HTML)
@Transactional(Transactional.TxType.SUPPORTS)
public class MatrixPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance matrix(Matrix matrix, MatrixView view, MatrixChoices choices, Links links,
                                              DataRequest request, MatrixFilter filter, Status[] statuses,
                                              Stance[] stances, String definition);
    }

    private final SnapshotService snapshots;
    private final SecurityIdentity identity;

    public MatrixPage(SnapshotService snapshots, SecurityIdentity identity) {
        this.snapshots = snapshots;
        this.identity = identity;
    }

    @GET
    public Utf8Page matrix(@RestPath String slug, @RestQuery String asOf, @RestQuery List<String> status,
                                   @RestQuery List<String> stance, @RestQuery List<String> region,
                                   @RestQuery List<String> sensitivity, @RestQuery String q,
                                   @RestQuery List<String> litigation, @RestQuery String overdue,
                                   @RestQuery List<String> field, @RestQuery String sort) {
        LocalDate day = QueryParams.date("asOf", asOf);
        MatrixFilter filter = MatrixFilter.parse(status, stance, region, sensitivity, q, litigation, overdue)
                .withFields(field);
        Snapshot snapshot = snapshots.load(slug, day);
        DataRequest request = snapshot.request;
        Matrix matrix = Matrix.of(snapshot, filter, MatrixOrder.parse(sort, snapshot.fields));
        Links links = new Links(request.slug, day);
        MatrixView view = MatrixView.of(matrix, links, day == null && identity.hasRole(Role.EDITOR));
        return Utf8Page.of(Templates.matrix(matrix, view, MatrixChoices.of(matrix), links, request, filter,
                Status.values(), Stance.values(), Stance.DEFINITION));
    }
}
