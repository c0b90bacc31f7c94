package org.datarequest.tracker.tracking;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.litigation.LitigationChange;
import org.datarequest.tracker.litigation.LitigationEditor;
import org.datarequest.tracker.litigation.LitigationInput;
import org.datarequest.tracker.litigation.LitigationStates;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.FormErrors;
import org.datarequest.tracker.web.Forms;
import org.datarequest.tracker.web.InvalidInput;
import org.datarequest.tracker.web.Links;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The staff form that records a jurisdiction's litigation status for a request: one save, one change. */
@Path("/requests/{slug}/jurisdictions/{code}/litigation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR)
public class LitigationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(DataRequest request, Coverage coverage, LitigationInput input,
                                            LitigationChange current, List<LitigationChange> history,
                                            FormErrors errors, Links links, String saved);
    }

    private final LitigationStates states;
    private final LitigationEditor editor;
    private final SecurityIdentity identity;
    private final Clock clock;

    public LitigationPage(LitigationStates states, LitigationEditor editor, SecurityIdentity identity, Clock clock) {
        this.states = states;
        this.editor = editor;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance form(@RestPath String slug, @RestPath String code, @RestQuery String saved) {
        Coverage coverage = Requests.coverage(slug, code);
        DataRequest request = coverage.request;
        LitigationChange current = states.of(request.id, coverage.jurisdiction.code, null).get(coverage.jurisdiction.code);
        LitigationInput shown = LitigationInput.of(current);
        // the effective date is shown pre-filled with today, never filled in silently
        LitigationInput input = new LitigationInput(shown.status(), LocalDate.now(clock).toString(), shown.caseName(),
                shown.court(), shown.docketUrl(), null, null, null, null);
        String message = "1".equals(saved) ? "Saved: the litigation change is recorded."
                : "0".equals(saved) ? "Nothing changed: that is already the litigation status on that day." : null;
        return render(request, coverage, input, current, new FormErrors(), message);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String slug, @RestPath String code, @RestForm String status,
                         @RestForm String effectiveDate, @RestForm String caseName, @RestForm String court,
                         @RestForm String docketUrl, @RestForm String sourceUrl, @RestForm String sourceTitle,
                         @RestForm String note, @RestForm String communicationId) {
        Coverage coverage = Requests.coverage(slug, code);
        DataRequest request = coverage.request;
        LitigationInput input = new LitigationInput(status, effectiveDate, caseName, court, docketUrl, sourceUrl,
                sourceTitle, note, communicationId);
        try {
            Optional<LitigationChange> recorded = editor.record(request, coverage, input,
                    identity.getPrincipal().getName());
            return Forms.seeOther(new Links(request.slug, null).jurisdictionPath(coverage.jurisdiction.code)
                    + "/litigation?saved=" + (recorded.isPresent() ? 1 : 0));
        } catch (InvalidInput invalid) {
            LitigationChange current = states.of(request.id, coverage.jurisdiction.code, null)
                    .get(coverage.jurisdiction.code);
            return Response.status(422).entity(render(request, coverage, input, current, invalid.errors, null)).build();
        }
    }

    private TemplateInstance render(DataRequest request, Coverage coverage, LitigationInput input,
                                    LitigationChange current, FormErrors errors, String saved) {
        return Templates.edit(request, coverage, input, current,
                states.history(request.id, coverage.jurisdiction.code, null), errors,
                new Links(request.slug, null), saved);
    }
}
