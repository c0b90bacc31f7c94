package org.datarequest.tracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.web.FormErrors;
import org.datarequest.tracker.web.Forms;

/**
 * Creates, edits and archives requests. A new request covers the 50 states and DC and has no fields yet;
 * its slug never changes afterwards, because people bookmark and link its pages.
 */
@ApplicationScoped
@Transactional
public class RequestAdmin {

    @Inject
    DataVersions versions;

    private final Forms forms;
    private final RequestSetup setup;
    private final Clock clock;

    public RequestAdmin(Forms forms, RequestSetup setup, Clock clock) {
        this.forms = forms;
        this.setup = setup;
        this.clock = clock;
    }

    /** Creates the request the form describes, or throws the form's errors with nothing written. */
    public DataRequest create(RequestForm form) {
        FormErrors errors = forms.check(form.cleaned());
        if (!errors.has("slug") && DataRequest.findBySlug(form.slug).isPresent()) {
            errors.add("slug", "Another request already uses this slug.");
        }
        DataRequest request = new DataRequest();
        apply(form, request, errors);
        errors.throwIfAny();
        request.slug = form.slug;
        request.createdAt = clock.instant();
        return setup.create(request, List.of(), Jurisdiction.statesAndDistrict());
    }

    /** Changes everything but the slug, or throws the form's errors with nothing written. */
    public DataRequest update(String slug, RequestForm form) {
        DataRequest request = Requests.bySlug(slug);
        form.slug = request.slug;
        FormErrors errors = forms.check(form.cleaned());
        apply(form, request, errors);
        errors.throwIfAny();
        versions.bump(request);
        return request;
    }

    /** An archived request leaves the home page and is listed apart; its pages and addresses stay. */
    public void archive(String slug, boolean archived) {
        DataRequest request = Requests.bySlug(slug);
        request.archived = archived;
        versions.bump(request);
    }

    private static void apply(RequestForm form, DataRequest request, FormErrors errors) {
        LocalDate sentOn = errors.date("sentOn", form.sentOn, true);
        LocalDate deadline = errors.date("deadline", form.deadline, false);
        if (sentOn != null && deadline != null && deadline.isBefore(sentOn)) {
            errors.add("deadline", "The deadline cannot be before the day the request was sent.");
        }
        request.title = form.title;
        request.requester = form.requester;
        request.sentOn = sentOn;
        request.deadline = deadline;
        request.description = form.description;
        request.sourceUrl = form.sourceUrl;
        request.sourceTitle = form.sourceTitle;
    }
}
