package org.datarequest.tracker.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.communication.Choices;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.communication.CommunicationEditor;
import org.datarequest.tracker.communication.CommunicationForm;
import org.datarequest.tracker.communication.CommunicationRevision;
import org.datarequest.tracker.communication.Communications;
import org.datarequest.tracker.communication.DatePrecision;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.FormErrors;
import org.datarequest.tracker.web.Forms;
import org.datarequest.tracker.web.InvalidInput;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A request's communications for editors: add, edit and delete them, attach a document, and see every
 * revision. The timeline administration it replaces answers with a redirect here.
 */
@Path("/admin/requests/{slug}/communications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR)
@Transactional(Transactional.TxType.SUPPORTS)
public class CommunicationAdminPage {

    private static final Map<String, String> CONFIRMATIONS = Map.of(
            "added", "The communication was added.",
            "updated", "The communication was saved; its earlier text is kept in the revisions.",
            "attached", "The document was attached.",
            "detached", "The document was removed; its description is kept in the revisions.",
            "deleted", "The communication was deleted; its text is kept in the revisions below.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(DataRequest request, List<Communication> entries,
                                            List<CommunicationRevision> revisions, CommunicationForm form,
                                            FormErrors errors, String saved, Choices choices);

        static native TemplateInstance entry(DataRequest request, Communication entry,
                                             Communications.DocumentInfo document, CommunicationForm form,
                                             FormErrors errors, String saved, Choices choices);
    }

    private final CommunicationEditor editor;
    private final SecurityIdentity identity;

    public CommunicationAdminPage(CommunicationEditor editor, SecurityIdentity identity) {
        this.editor = editor;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list(@RestPath String slug, @RestQuery String saved) {
        CommunicationForm blank = new CommunicationForm();
        blank.precision = DatePrecision.DAY.name();
        return page(slug, blank, new FormErrors(), Forms.confirmation(CONFIRMATIONS, saved));
    }

    @POST
    public Response add(@RestPath String slug, @BeanParam CommunicationForm form) {
        try {
            Communication added = editor.add(slug, form, user());
            return Forms.seeOther("/admin/requests/" + slug + "/communications/" + added.id + "?saved=added");
        } catch (InvalidInput invalid) {
            return Response.status(422).entity(page(slug, form, invalid.errors, null)).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance entry(@RestPath String slug, @RestPath long id, @RestQuery String saved) {
        Communication entry = Communications.find(Requests.bySlug(slug), id);
        return entryPage(entry, CommunicationForm.of(entry), new FormErrors(), Forms.confirmation(CONFIRMATIONS, saved));
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath String slug, @RestPath long id, @BeanParam CommunicationForm form) {
        try {
            editor.update(slug, id, form, user());
            return Forms.seeOther("/admin/requests/" + slug + "/communications/" + id + "?saved=updated");
        } catch (InvalidInput invalid) {
            Communication entry = Communications.find(Requests.bySlug(slug), id);
            return Response.status(422).entity(entryPage(entry, form, invalid.errors, null)).build();
        }
    }

    @POST
    @Path("{id}/document")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@RestPath String slug, @RestPath long id, @RestForm("document") FileUpload file) {
        try {
            editor.attach(slug, id, upload(file), user());
            return Forms.seeOther("/admin/requests/" + slug + "/communications/" + id + "?saved=attached");
        } catch (InvalidInput invalid) {
            Communication entry = Communications.find(Requests.bySlug(slug), id);
            return Response.status(422).entity(entryPage(entry, CommunicationForm.of(entry), invalid.errors, null))
                    .build();
        }
    }

    @POST
    @Path("{id}/document/delete")
    public Response detach(@RestPath String slug, @RestPath long id) {
        editor.removeDocument(slug, id, user());
        return Forms.seeOther("/admin/requests/" + slug + "/communications/" + id + "?saved=detached");
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@RestPath String slug, @RestPath long id) {
        editor.delete(slug, id, user());
        return Forms.seeOther("/admin/requests/" + slug + "/communications?saved=deleted");
    }

    /** A multipart file part as the editor's upload (null when no file was chosen). */
    public static CommunicationEditor.Upload upload(FileUpload file) {
        if (file == null || file.uploadedFile() == null || (file.fileName() == null || file.fileName().isEmpty())
                && file.size() == 0) {
            return null;
        }
        return new CommunicationEditor.Upload() {
            @Override
            public String fileName() {
                return file.fileName();
            }

            @Override
            public long size() {
                return file.size();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file.uploadedFile());
            }
        };
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private static TemplateInstance entryPage(Communication entry, CommunicationForm form, FormErrors errors,
                                              String saved) {
        return Templates.entry(entry.request, entry, Communications.document(entry.id).orElse(null), form, errors,
                saved, Choices.all());
    }

    private static TemplateInstance page(String slug, CommunicationForm form, FormErrors errors, String saved) {
        DataRequest request = Requests.bySlug(slug);
        return Templates.list(request, Communications.of(request, null), CommunicationRevision.of(request), form,
                errors, saved, Choices.all());
    }
}
