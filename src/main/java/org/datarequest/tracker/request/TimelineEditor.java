package org.datarequest.tracker.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.web.FormErrors;
import org.datarequest.tracker.web.Forms;
import org.datarequest.tracker.web.NotFound;

/**
 * Adds, edits and deletes a request's timeline entries. Each of these also appends a {@link TimelineRevision}
 * in the same transaction, so who changed what and when is never lost. Pages and the API both come here.
 */
@ApplicationScoped
@Transactional
public class TimelineEditor {

    @Inject
    DataVersions versions;

    private final Forms forms;
    private final ObjectMapper json;
    private final Clock clock;

    public TimelineEditor(Forms forms, ObjectMapper json, Clock clock) {
        this.forms = forms;
        this.json = json;
        this.clock = clock;
    }

    public TimelineEntry add(String slug, TimelineForm form, String user) {
        DataRequest request = Requests.bySlug(slug);
        TimelineEntry entry = new TimelineEntry();
        entry.request = request;
        apply(form, entry);
        entry.persist();
        revise(entry, TimelineRevision.Action.ADD, null, snapshot(entry), user);
        return entry;
    }

    public TimelineEntry update(String slug, long id, TimelineForm form, String user) {
        TimelineEntry entry = find(slug, id);
        String before = snapshot(entry);
        apply(form, entry);
        revise(entry, TimelineRevision.Action.EDIT, before, snapshot(entry), user);
        return entry;
    }

    public void delete(String slug, long id, String user) {
        TimelineEntry entry = find(slug, id);
        revise(entry, TimelineRevision.Action.DELETE, snapshot(entry), null, user);
        entry.delete();
    }

    /** An entry of the request, or 404: an id from another request is not found here. */
    public static TimelineEntry find(String slug, long id) {
        DataRequest request = Requests.bySlug(slug);
        TimelineEntry entry = TimelineEntry.find("select t from TimelineEntry t left join fetch t.jurisdiction"
                + " where t.id = ?1 and t.request = ?2", id, request).firstResult();
        if (entry == null) {
            throw NotFound.of("timeline entry in this request with the id", String.valueOf(id));
        }
        return entry;
    }

    private void apply(TimelineForm form, TimelineEntry entry) {
        FormErrors errors = forms.check(form.cleaned());
        TimelineEntry.Kind kind = parseKind(form.kind);
        if (kind == null && !errors.has("kind")) {
            errors.add("kind", "Choose one of letter, statement, lawsuit, ruling, deadline or other.");
        }
        LocalDate day = errors.date("occurredOn", form.occurredOn, true);
        if (day != null && day.isAfter(LocalDate.now(clock).plusYears(1))) {
            errors.add("occurredOn", "The date is more than a year ahead; check the year.");
        }
        Jurisdiction jurisdiction = null;
        if (form.jurisdiction != null) {
            jurisdiction = Jurisdiction.findByCode(form.jurisdiction).orElse(null);
            if (jurisdiction == null) {
                errors.add("jurisdiction", "There is no jurisdiction \u201c" + form.jurisdiction + "\u201d.");
            }
        }
        errors.throwIfAny();
        entry.kind = kind;
        entry.occurredOn = day;
        entry.jurisdiction = jurisdiction;
        entry.speaker = form.speaker;
        entry.office = form.office;
        entry.quote = form.quote;
        entry.summary = form.summary;
        entry.sourceUrl = form.sourceUrl;
        entry.sourceTitle = form.sourceTitle;
    }

    static TimelineEntry.Kind parseKind(String text) {
        if (text == null) {
            return null;
        }
        for (TimelineEntry.Kind kind : TimelineEntry.Kind.values()) {
            if (kind.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }

    private void revise(TimelineEntry entry, TimelineRevision.Action action, String before, String after, String user) {
        TimelineRevision revision = new TimelineRevision();
        revision.entryId = entry.id;
        revision.requestId = entry.request.id;
        revision.action = action;
        revision.before = before;
        revision.after = after;
        revision.recordedAt = clock.instant();
        revision.recordedBy = user;
        revision.persist();
        versions.bump(revision.requestId);
    }

    private String snapshot(TimelineEntry entry) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", entry.kind.name());
        fields.put("occurredOn", entry.occurredOn.toString());
        fields.put("jurisdiction", entry.jurisdiction == null ? null : entry.jurisdiction.code);
        fields.put("speaker", entry.speaker);
        fields.put("office", entry.office);
        fields.put("quote", entry.quote);
        fields.put("summary", entry.summary);
        fields.put("sourceUrl", entry.sourceUrl);
        fields.put("sourceTitle", entry.sourceTitle);
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
