package org.datarequest.tracker.admin;

import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.CoverageDates;
import org.datarequest.tracker.request.InvalidCoverageFile;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.web.FormErrors;
import org.datarequest.tracker.web.Forms;
import org.datarequest.tracker.web.InvalidInput;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Which jurisdictions a request covers, and their own letter dates and deadlines (one by one or from a CSV file). */
@Path("/admin/requests/{slug}/coverage")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageAdminPage {

    private static final Map<String, String> CONFIRMATIONS = Map.of(
            "added", "Added, each with a blank cell for every field.",
            "removed", "The jurisdiction was removed from the request.",
            "deadlines", "The letter dates and deadlines were saved.",
            "imported", "The letter dates and deadlines of the file were applied.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance coverage(DataRequest request, List<Coverage> covered, List<Jurisdiction> others,
                                                Set<String> withChanges, FormErrors errors,
                                                Map<String, String> typed, String saved);

        static native TemplateInstance preview(DataRequest request, CoverageDates.Plan plan, String csv);
    }

    private final CoverageAdmin admin;
    private final CoverageDates dates;

    public CoverageAdminPage(CoverageAdmin admin, CoverageDates dates) {
        this.admin = admin;
        this.dates = dates;
    }

    @GET
    public TemplateInstance coverage(@RestPath String slug, @RestQuery String saved) {
        return page(slug, new FormErrors(), Map.of(), Forms.confirmation(CONFIRMATIONS, saved));
    }

    @POST
    @Path("add")
    public Response add(@RestPath String slug, @RestForm List<String> add) {
        return attempt(slug, () -> admin.add(slug, add), "added", Map.of());
    }

    @POST
    @Path("remove")
    public Response remove(@RestPath String slug, @RestForm List<String> code) {
        return attempt(slug, () -> admin.removeAll(slug, code == null || code.isEmpty() ? List.of("") : code),
                "removed", Map.of());
    }

    @POST
    @Path("deadlines")
    public Response deadlines(@RestPath String slug, @RestForm List<String> code, @RestForm List<String> deadline,
                              @RestForm List<String> sentOn) {
        Map<String, String> typed = new java.util.HashMap<>();
        for (int i = 0; code != null && deadline != null && i < Math.min(code.size(), deadline.size()); i++) {
            typed.put(code.get(i), deadline.get(i));
            if (sentOn != null && i < sentOn.size()) {
                typed.put("sent-" + code.get(i), sentOn.get(i));
            }
        }
        List<String> sentOns = sentOn == null || sentOn.isEmpty() ? null : sentOn;
        return attempt(slug, () -> admin.deadlines(slug, code, sentOns, deadline), "deadlines", typed);
    }

    /** A CSV file of {@code jurisdiction, sent_on, deadline}: shows what it would change, writes nothing. */
    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestPath String slug, @RestForm FileUpload file) {
        DataRequest request = Requests.bySlug(slug);
        String text = UploadedText.of(file, CoverageDates.MAX_CHARS);
        CoverageDates.Plan plan = text == null
                ? new CoverageDates.Plan(List.of(), 0, List.of(new CoverageDates.LineError(0, "file",
                "Choose a UTF-8 CSV file of at most " + CoverageDates.MAX_CHARS / 1024 + " KB with the columns "
                        + String.join(",", CoverageDates.COLUMNS) + ".")), List.of())
                : dates.plan(request, text);
        return Response.status(plan.valid() ? 200 : 422)
                .entity(Templates.preview(request, plan, plan.valid() ? text : null)).build();
    }

    /** Applies the previewed file: all of it, or (when it no longer passes) nothing. */
    @POST
    @Path("apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@RestPath String slug, @RestForm String csv) {
        DataRequest request = Requests.bySlug(slug);
        try {
            dates.apply(request, csv);
            return Forms.seeOther("/admin/requests/" + slug + "/coverage?saved=imported");
        } catch (InvalidCoverageFile invalid) {
            CoverageDates.Plan plan = new CoverageDates.Plan(List.of(), 0, invalid.errors, List.of());
            return Response.status(422).entity(Templates.preview(request, plan, null)).build();
        }
    }

    private Response attempt(String slug, Runnable action, String saved, Map<String, String> typed) {
        try {
            action.run();
            return Forms.seeOther("/admin/requests/" + slug + "/coverage?saved=" + saved);
        } catch (InvalidInput invalid) {
            return Response.status(invalid.errors.has("remove") ? 409 : 422)
                    .entity(page(slug, invalid.errors, typed, null)).build();
        }
    }

    private static TemplateInstance page(String slug, FormErrors errors, Map<String, String> typed, String saved) {
        DataRequest request = Requests.bySlug(slug);
        List<Coverage> covered = Coverage.of(request);
        Set<String> codes = new java.util.HashSet<>();
        covered.forEach(coverage -> codes.add(coverage.jurisdiction.code));
        List<Jurisdiction> others = Jurisdiction.listByName().stream().filter(j -> !codes.contains(j.code)).toList();
        return Templates.coverage(request, covered, others, CoverageAdmin.withChanges(request), errors, typed, saved);
    }
}
