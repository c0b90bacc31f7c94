package org.datarequest.tracker.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.datarequest.tracker.PlainText;
import org.jboss.resteasy.reactive.RestForm;

/** What the timeline entry form (and the API) sends; dates and choices stay text until checked. */
public class TimelineForm {

    @RestForm
    @PlainText
    @NotBlank(message = "Choose a kind.")
    public String kind;

    @RestForm
    @PlainText
    public String occurredOn;

    /** A USPS code, or blank for an entry about the whole request. */
    @RestForm
    @PlainText
    public String jurisdiction;

    @RestForm
    @PlainText
    @Size(max = 200, message = "Use at most 200 characters.")
    public String speaker;

    @RestForm
    @PlainText
    @Size(max = 200, message = "Use at most 200 characters.")
    public String office;

    @RestForm
    @PlainText
    @Size(max = 4000, message = "Use at most 4000 characters.")
    public String quote;

    @RestForm
    @PlainText
    @NotBlank(message = "Enter a summary.")
    @Size(max = 1000, message = "Use at most 1000 characters.")
    public String summary;

    @RestForm
    @PlainText
    @Size(max = 2000, message = "Use at most 2000 characters.")
    @Pattern(regexp = RequestForm.URL_PATTERN, message = "Enter an address starting with http:// or https://.")
    public String sourceUrl;

    @RestForm
    @PlainText
    @Size(max = 300, message = "Use at most 300 characters.")
    public String sourceTitle;

    public static TimelineForm of(TimelineEntry entry) {
        TimelineForm form = new TimelineForm();
        form.kind = entry.kind.name();
        form.occurredOn = entry.occurredOn.toString();
        form.jurisdiction = entry.jurisdiction == null ? null : entry.jurisdiction.code;
        form.speaker = entry.speaker;
        form.office = entry.office;
        form.quote = entry.quote;
        form.summary = entry.summary;
        form.sourceUrl = entry.sourceUrl;
        form.sourceTitle = entry.sourceTitle;
        return form;
    }

    /** Blank optional inputs count as absent. */
    public TimelineForm cleaned() {
        jurisdiction = org.datarequest.tracker.web.Forms.clean(jurisdiction);
        speaker = org.datarequest.tracker.web.Forms.clean(speaker);
        office = org.datarequest.tracker.web.Forms.clean(office);
        quote = org.datarequest.tracker.web.Forms.clean(quote);
        summary = org.datarequest.tracker.web.Forms.clean(summary);
        sourceUrl = org.datarequest.tracker.web.Forms.clean(sourceUrl);
        sourceTitle = org.datarequest.tracker.web.Forms.clean(sourceTitle);
        return this;
    }
}
