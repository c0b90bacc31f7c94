package org.datarequest.tracker.history;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.cell.ChangeHistory;
import org.datarequest.tracker.cell.Reverts;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.Links;
import org.datarequest.tracker.web.NotFound;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** One change set: who saved what, when, how and citing what, every change in it, and its revert. */
@Path("/requests/{slug}/changes/sets/{id}")
@Produces(MediaType.TEXT_HTML)
public class ChangeSetPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance set(DataRequest request, ChangeHistory.ChangeSetEntry entry, Links links,
                                           String notice, String refusal);
    }

    private final ChangeHistory history;
    private final Reverts reverts;
    private final SecurityIdentity identity;

    public ChangeSetPage(ChangeHistory history, Reverts reverts, SecurityIdentity identity) {
        this.history = history;
        this.reverts = reverts;
        this.identity = identity;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance set(@RestPath String slug, @RestPath long id, @RestQuery String reverted) {
        DataRequest request = Requests.bySlug(slug);
        ChangeHistory.ChangeSetEntry entry = load(request, id);
        String notice = reverted != null && entry.set().isRevert() ? "Reverted: this change set undoes change set #" + entry.set().revertsId
                + " with " + entry.changes().size() + " compensating changes." : null;
        return Templates.set(request, entry, new Links(request.slug, null), notice, null);
    }

    @POST
    @Path("revert")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR)
    public Response revert(@RestPath String slug, @RestPath long id) {
        DataRequest request = Requests.bySlug(slug);
        Links links = new Links(request.slug, null);
        try {
            List<CellChange> compensating = reverts.revert(request, id, identity.getPrincipal().getName());
            long revertId = compensating.get(0).changeSetId;
            return Response.seeOther(URI.create(links.changeSet(revertId) + "?reverted=1")).build();
        } catch (Reverts.RevertRefused refused) {
            ChangeHistory.ChangeSetEntry entry = load(request, id);
            return Response.status(409).entity(Templates.set(request, entry, links, null, refused.getMessage()))
                    .type(MediaType.TEXT_HTML_TYPE).build();
        }
    }

    private ChangeHistory.ChangeSetEntry load(DataRequest request, long id) {
        return history.changeSet(request, id).orElseThrow(() -> NotFound.of("change set", "#" + id));
    }
}
