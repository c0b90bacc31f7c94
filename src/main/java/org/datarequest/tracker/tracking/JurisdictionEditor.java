package org.datarequest.tracker.tracking;

import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.Saving;
import org.datarequest.tracker.cell.CellEditor;
import org.datarequest.tracker.cell.CellValidator;
import org.datarequest.tracker.cell.EditConflictException;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.SnapshotService;
import org.datarequest.tracker.cell.Status;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.Links;
import org.jboss.resteasy.reactive.RestPath;

/** The one form for every field of one jurisdiction, saved in one transaction; and "verified, unchanged". */
@Path("/requests/{slug}/jurisdictions/{code}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR)
public class JurisdictionEditor {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(DataRequest request, Coverage coverage, List<CellFormRow> rows,
                                            Status[] statuses, Links links, int errorCount, int conflictCount);
    }

    private final SnapshotService snapshots;
    private final CellValidator validator;
    private final CellEditor editor;
    private final SecurityIdentity identity;

    public JurisdictionEditor(SnapshotService snapshots, CellValidator validator, CellEditor editor,
                              SecurityIdentity identity) {
        this.snapshots = snapshots;
        this.validator = validator;
        this.editor = editor;
        this.identity = identity;
    }

    @GET
    @Path("edit")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance form(@RestPath String slug, @RestPath String code) {
        Coverage coverage = Requests.coverage(slug, code);
        DataRequest request = coverage.request;
        Snapshot snapshot = snapshots.loadOne(request, coverage, null);
        List<CellFormRow> rows = new java.util.ArrayList<>();
        for (int column = 0; column < snapshot.fields.size(); column++) {
            rows.add(CellFormRow.of(snapshot.fields.get(column), snapshot.rows.get(0).cell(column)));
        }
        return render(request, coverage, rows, 0, 0);
    }

    @POST
    @Path("edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String slug, @RestPath String code, MultivaluedMap<String, String> form) {
        Coverage coverage = Requests.coverage(slug, code);
        DataRequest request = coverage.request;
        CellForms.Parsed parsed = CellForms.parse(request, coverage.jurisdiction.code,
                org.datarequest.tracker.request.RequestedField.activeOf(request), form, false, validator);
        if (!parsed.valid()) {
            int errors = parsed.rows().stream().mapToInt(row -> row.errors().size()).sum();
            return Response.status(422).entity(render(request, coverage, parsed.rows(), errors, 0)).build();
        }
        try {
            int saved = editor.apply(request, parsed.edits(), parsed.saving(identity.getPrincipal().getName(),
                    ChangeSet.Method.FORM, coverage.jurisdiction.name + ": " + parsed.edits().size() + " fields")).size();
            return Response.seeOther(URI.create(new Links(request.slug, null).jurisdiction(coverage.jurisdiction.code)
                    + "?saved=" + saved)).build();
        } catch (EditConflictException conflict) {
            List<CellFormRow> rows = CellForms.withConflicts(parsed.rows(), conflict);
            return Response.status(409).entity(render(request, coverage, rows, 0, conflict.conflicts.size())).build();
        }
    }

    /** Stamps every cell of the jurisdiction as checked today, without recording a change. */
    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(@RestPath String slug, @RestPath String code) {
        Coverage coverage = Requests.coverage(slug, code);
        DataRequest request = coverage.request;
        List<String> keys = org.datarequest.tracker.request.RequestedField.activeOf(request).stream()
                .map(field -> field.key).toList();
        int stamped = editor.verify(request, coverage.jurisdiction.code, keys, identity.getPrincipal().getName());
        return Response.seeOther(URI.create(new Links(request.slug, null).jurisdiction(coverage.jurisdiction.code)
                + "?verified=" + stamped)).build();
    }

    private static TemplateInstance render(DataRequest request, Coverage coverage, List<CellFormRow> rows,
                                           int errorCount, int conflictCount) {
        return Templates.edit(request, coverage, rows, Status.values(), new Links(request.slug, null), errorCount,
                conflictCount);
    }
}
