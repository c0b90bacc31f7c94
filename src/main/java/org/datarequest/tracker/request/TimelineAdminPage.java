package org.datarequest.tracker.request;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.web.FormErrors;
import org.datarequest.tracker.web.Forms;
import org.datarequest.tracker.web.InvalidInput;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A request's timeline for editors: add, edit and delete entries, and see every revision. */
@Path("/admin/requests/{slug}/timeline")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR)
@Transactional(Transactional.TxType.SUPPORTS)
public class TimelineAdminPage {

    private static final Map<String, String> CONFIRMATIONS = Map.of(
            "added", "The entry was added to the timeline.",
            "updated", "The entry was saved; its earlier text is kept in the revisions below.",
            "deleted", "The entry was deleted; its text is kept in the revisions below.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(DataRequest request, List<TimelineEntry> entries,
                                                List<TimelineRevision> revisions, TimelineForm form,
                                                FormErrors errors, String saved, TimelineEntry.Kind[] kinds,
                                                List<Jurisdiction> jurisdictions);

        static native TemplateInstance entry(DataRequest request, TimelineEntry entry, TimelineForm form,
                                             FormErrors errors, TimelineEntry.Kind[] kinds,
                                             List<Jurisdiction> jurisdictions);
    }

    private final TimelineEditor editor;
    private final SecurityIdentity identity;

    public TimelineAdminPage(TimelineEditor editor, SecurityIdentity identity) {
        this.editor = editor;
        this.identity = identity;
    }

    @GET
    public TemplateInstance timeline(@RestPath String slug, @RestQuery String saved) {
        TimelineForm blank = new TimelineForm();
        return page(slug, blank, new FormErrors(), Forms.confirmation(CONFIRMATIONS, saved));
    }

    @POST
    public Response add(@RestPath String slug, @BeanParam TimelineForm form) {
        try {
            editor.add(slug, form, user());
            return done(slug, "added");
        } catch (InvalidInput invalid) {
            return Response.status(422).entity(page(slug, form, invalid.errors, null)).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance entry(@RestPath String slug, @RestPath long id) {
        TimelineEntry entry = TimelineEditor.find(slug, id);
        return Templates.entry(entry.request, entry, TimelineForm.of(entry), new FormErrors(),
                TimelineEntry.Kind.values(), Jurisdiction.listByName());
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath String slug, @RestPath long id, @BeanParam TimelineForm form) {
        try {
            editor.update(slug, id, form, user());
            return done(slug, "updated");
        } catch (InvalidInput invalid) {
            TimelineEntry entry = TimelineEditor.find(slug, id);
            return Response.status(422).entity(Templates.entry(entry.request, entry, form, invalid.errors,
                    TimelineEntry.Kind.values(), Jurisdiction.listByName())).build();
        }
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@RestPath String slug, @RestPath long id) {
        editor.delete(slug, id, user());
        return done(slug, "deleted");
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private static Response done(String slug, String saved) {
        return Forms.seeOther("/admin/requests/" + slug + "/timeline?saved=" + saved);
    }

    private static TemplateInstance page(String slug, TimelineForm form, FormErrors errors, String saved) {
        DataRequest request = Requests.bySlug(slug);
        return Templates.timeline(request, TimelineEntry.of(request), TimelineRevision.of(request), form, errors,
                saved, TimelineEntry.Kind.values(), Jurisdiction.listByName());
    }
}
