package org.datarequest.tracker.admin;

import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.FieldCsv;
import org.datarequest.tracker.request.FieldForm;
import org.datarequest.tracker.request.FieldUpload;
import org.datarequest.tracker.request.InvalidFieldFile;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.request.Sensitivity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
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
import org.datarequest.tracker.web.FormErrors;
import org.datarequest.tracker.web.Forms;
import org.datarequest.tracker.web.InvalidInput;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A request's fields: add, edit, reorder, remove or retire, upload from CSV, copy from another request. */
@Path("/admin/requests/{slug}/fields")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
@Transactional(Transactional.TxType.SUPPORTS)
public class FieldAdminPage {

    private static final Map<String, String> CONFIRMATIONS = Map.of(
            "added", "The field was added, with a blank cell in every covered jurisdiction.",
            "updated", "The field was saved.",
            "moved", "The order was saved.",
            "removed", "The field was removed.",
            "retired", "The field was retired: it left the current matrix and stays in history.",
            "restored", "The field is back in the current matrix.",
            "uploaded", "The fields of the file were added.",
            "copied", "The fields were copied.");

    /** What the fields page shows besides the fields: the forms' values and problems. */
    public record PageState(FieldForm form, FormErrors errors, List<FieldCsv.LineError> fileErrors, String saved) {

        static PageState blank(String saved) {
            return new PageState(new FieldForm(), new FormErrors(), List.of(), saved);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fields(DataRequest request, List<RequestedField> fields, Set<Long> withChanges,
                                              List<DataRequest> others, PageState state, Sensitivity[] sensitivities,
                                              String base);

        static native TemplateInstance field(DataRequest request, RequestedField field, FieldForm form,
                                             FormErrors errors, Sensitivity[] sensitivities);
    }

    private final FieldAdmin admin;

    public FieldAdminPage(FieldAdmin admin) {
        this.admin = admin;
    }

    @GET
    public TemplateInstance fields(@RestPath String slug, @RestQuery String saved, @RestQuery List<String> ignored) {
        String message = Forms.confirmation(CONFIRMATIONS, saved);
        if (message != null && ignored != null && !ignored.isEmpty()) {
            // the names come from the uploaded file's header; the template escapes them
            message += " Columns ignored: " + String.join(", ", ignored.stream().limit(20)
                    .map(name -> name.length() > 60 ? name.substring(0, 60) + "…" : name).toList()) + ".";
        }
        return page(slug, PageState.blank(message));
    }

    @POST
    public Response add(@RestPath String slug, @BeanParam FieldForm form) {
        try {
            admin.add(slug, form);
            return done(slug, "added");
        } catch (InvalidInput invalid) {
            return Response.status(422).entity(page(slug, new PageState(form, invalid.errors, List.of(), null))).build();
        }
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestPath String slug, @RestForm FileUpload file) {
        try {
            String text = FieldUpload.text(file);
            admin.importCsv(slug, text);
            StringBuilder ignored = new StringBuilder();
            FieldCsv.ignoredColumns(text).stream().limit(20).forEach(name -> ignored.append("&ignored=")
                    .append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)));
            return Forms.seeOther("/admin/requests/" + slug + "/fields?saved=uploaded" + ignored);
        } catch (InvalidFieldFile invalid) {
            FormErrors errors = new FormErrors().add("file", "The file has " + invalid.errors.size()
                    + " problem(s), listed below; no field was added.");
            return Response.status(422).entity(page(slug, new PageState(new FieldForm(), errors, invalid.errors, null)))
                    .build();
        }
    }

    @POST
    @Path("copy")
    public Response copy(@RestPath String slug, @RestForm String source) {
        return attempt(slug, () -> admin.copyFrom(slug, source), "copied", 422);
    }

    @GET
    @Path("{key}")
    public TemplateInstance edit(@RestPath String slug, @RestPath String key) {
        DataRequest request = Requests.bySlug(slug);
        RequestedField field = Requests.field(request, key);
        return Templates.field(request, field, FieldForm.of(field), new FormErrors(), Sensitivity.values());
    }

    @POST
    @Path("{key}")
    public Response update(@RestPath String slug, @RestPath String key, @BeanParam FieldForm form) {
        try {
            admin.update(slug, key, form);
            return done(slug, "updated");
        } catch (InvalidInput invalid) {
            DataRequest request = Requests.bySlug(slug);
            RequestedField field = Requests.field(request, key);
            form.key = field.key;
            return Response.status(422).entity(Templates.field(request, field, form, invalid.errors,
                    Sensitivity.values())).build();
        }
    }

    @POST
    @Path("{key}/move")
    public Response move(@RestPath String slug, @RestPath String key, @RestForm String direction) {
        admin.move(slug, key, "up".equals(direction));
        return done(slug, "moved");
    }

    @POST
    @Path("{key}/remove")
    public Response remove(@RestPath String slug, @RestPath String key) {
        return attempt(slug, () -> admin.remove(slug, key), "removed", 409);
    }

    @POST
    @Path("{key}/retire")
    public Response retire(@RestPath String slug, @RestPath String key, @RestForm("retired") String retiredText) {
        boolean retired = org.datarequest.tracker.web.QueryParams.choice("retired", retiredText);
        admin.retire(slug, key, retired);
        return done(slug, retired ? "retired" : "restored");
    }

    private Response attempt(String slug, Runnable action, String saved, int failureStatus) {
        try {
            action.run();
            return done(slug, saved);
        } catch (InvalidInput invalid) {
            return Response.status(failureStatus)
                    .entity(page(slug, new PageState(new FieldForm(), invalid.errors, List.of(), null))).build();
        }
    }

    private static Response done(String slug, String saved) {
        return Forms.seeOther("/admin/requests/" + slug + "/fields?saved=" + saved);
    }

    private static TemplateInstance page(String slug, PageState state) {
        DataRequest request = Requests.bySlug(slug);
        List<DataRequest> others = DataRequest.listNewestFirst().stream()
                .filter(other -> !other.id.equals(request.id)).toList();
        return Templates.fields(request, RequestedField.allOf(request), FieldAdmin.fieldsWithChanges(request),
                others, state, Sensitivity.values(),
                "/admin/requests/" + request.slug + "/fields");
    }
}
