package org.datarequest.tracker.admin;

import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Which jurisdictions a request covers, and their own deadlines. */
@Path("/admin/requests/{slug}/coverage")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageAdminPage {

    private static final Map<String, String> CONFIRMATIONS = Map.of(
            "added", "Added, each with a blank cell for every field.",
            "removed", "The jurisdiction was removed from the request.",
            "deadlines", "The deadlines were saved.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance coverage(DataRequest request, List<Coverage> covered, List<Jurisdiction> others,
                                                Set<String> withChanges, FormErrors errors,
                                                Map<String, String> typed, String saved);
    }

    private final CoverageAdmin admin;

    public CoverageAdminPage(CoverageAdmin admin) {
        this.admin = admin;
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
    public Response remove(@RestPath String slug, @RestForm String code) {
        return attempt(slug, () -> admin.remove(slug, code == null ? "" : code), "removed", Map.of());
    }

    @POST
    @Path("deadlines")
    public Response deadlines(@RestPath String slug, @RestForm List<String> code, @RestForm List<String> deadline) {
        Map<String, String> typed = new java.util.HashMap<>();
        for (int i = 0; code != null && deadline != null && i < Math.min(code.size(), deadline.size()); i++) {
            typed.put(code.get(i), deadline.get(i));
        }
        return attempt(slug, () -> admin.deadlines(slug, code, deadline), "deadlines", typed);
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
