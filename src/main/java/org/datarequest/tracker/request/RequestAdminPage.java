package org.datarequest.tracker.request;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.web.FormErrors;
import org.datarequest.tracker.web.Forms;
import org.datarequest.tracker.web.InvalidInput;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The admin area's index and the administration of requests: create, edit, archive. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
@Transactional(Transactional.TxType.SUPPORTS)
public class RequestAdminPage {

    private static final Map<String, String> CONFIRMATIONS = Map.of(
            "created", "The request was created. Add its fields next.",
            "updated", "The request was saved.",
            "archived", "The request was archived: it is listed apart and no longer the home page.",
            "restored", "The request is current again.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<DataRequest> requests);

        static native TemplateInstance list(List<DataRequest> requests, String saved);

        static native TemplateInstance create(RequestForm form, FormErrors errors);

        static native TemplateInstance edit(DataRequest request, RequestForm form, FormErrors errors, String saved,
                                            long fieldCount, long coverageCount);
    }

    private final RequestAdmin admin;

    public RequestAdminPage(RequestAdmin admin) {
        this.admin = admin;
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(DataRequest.listNewestFirst());
    }

    @GET
    @Path("requests")
    public TemplateInstance list(@RestQuery String saved) {
        return Templates.list(DataRequest.listNewestFirst(), Forms.confirmation(CONFIRMATIONS, saved));
    }

    @GET
    @Path("requests/new")
    public TemplateInstance createForm() {
        return Templates.create(new RequestForm(), new FormErrors());
    }

    @POST
    @Path("requests")
    public Response create(@BeanParam RequestForm form) {
        try {
            DataRequest request = admin.create(form);
            return Forms.seeOther("/admin/requests/" + request.slug + "?saved=created");
        } catch (InvalidInput invalid) {
            return Response.status(422).entity(Templates.create(form, invalid.errors)).build();
        }
    }

    @GET
    @Path("requests/{slug}")
    public TemplateInstance edit(@RestPath String slug, @RestQuery String saved) {
        DataRequest request = Requests.bySlug(slug);
        return edit(request, RequestForm.of(request), new FormErrors(), Forms.confirmation(CONFIRMATIONS, saved));
    }

    @POST
    @Path("requests/{slug}")
    public Response update(@RestPath String slug, @BeanParam RequestForm form) {
        try {
            admin.update(slug, form);
            return Forms.seeOther("/admin/requests/" + slug + "?saved=updated");
        } catch (InvalidInput invalid) {
            DataRequest request = Requests.bySlug(slug);
            form.slug = request.slug;
            return Response.status(422).entity(edit(request, form, invalid.errors, null)).build();
        }
    }

    @POST
    @Path("requests/{slug}/archive")
    public Response archive(@RestPath String slug, @RestForm("archived") String archivedText) {
        boolean archived = org.datarequest.tracker.web.QueryParams.choice("archived", archivedText);
        admin.archive(slug, archived);
        return Forms.seeOther("/admin/requests/" + slug + "?saved=" + (archived ? "archived" : "restored"));
    }

    private static TemplateInstance edit(DataRequest request, RequestForm form, FormErrors errors, String saved) {
        return Templates.edit(request, form, errors, saved, RequestedField.count("request", request),
                Coverage.count("request", request));
    }
}
