package org.datarequest.tracker.communication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.datarequest.tracker.PlainText;
import org.datarequest.tracker.request.RequestForm;
import org.datarequest.tracker.web.Forms;
import org.jboss.resteasy.reactive.RestForm;

/** What the communication form (and the API and the CSV import) sends; dates and choices stay text until checked. */
public class CommunicationForm {

    @RestForm
    @PlainText
    @NotBlank(message = "Choose a kind.")
    public String kind;

    @RestForm
    @PlainText
    public String direction;

    /** 2025-09-05; for a month 2025-09; for a year 2025. */
    @RestForm
    @PlainText
    public String date;

    @RestForm
    @PlainText
    public String precision;

    /** A USPS code, or blank for a communication about the whole request. */
    @RestForm
    @PlainText
    public String jurisdiction;

    @RestForm
    @PlainText
    @NotBlank(message = "Enter a title.")
    @Size(max = 1000, message = "Use at most 1000 characters.")
    public String title;

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
    @Size(max = 2000, message = "Use at most 2000 characters.")
    @Pattern(regexp = RequestForm.URL_PATTERN, message = "Enter an address starting with http:// or https://.")
    public String sourceUrl;

    @RestForm
    @PlainText
    @Size(max = 300, message = "Use at most 300 characters.")
    public String sourceTitle;

    public static CommunicationForm of(Communication communication) {
        CommunicationForm form = new CommunicationForm();
        form.kind = communication.kind.name();
        form.direction = communication.direction.name();
        form.date = communication.dateInput();
        form.precision = communication.precision.name();
        form.jurisdiction = communication.jurisdiction == null ? null : communication.jurisdiction.code;
        form.speaker = communication.speaker;
        form.office = communication.office;
        form.quote = communication.quote;
        form.title = communication.title;
        form.sourceUrl = communication.sourceUrl;
        form.sourceTitle = communication.sourceTitle;
        return form;
    }

    /** Blank optional inputs count as absent. */
    public CommunicationForm cleaned() {
        direction = Forms.clean(direction);
        precision = Forms.clean(precision);
        jurisdiction = Forms.clean(jurisdiction);
        speaker = Forms.clean(speaker);
        office = Forms.clean(office);
        quote = Forms.clean(quote);
        title = Forms.clean(title);
        sourceUrl = Forms.clean(sourceUrl);
        sourceTitle = Forms.clean(sourceTitle);
        return this;
    }
}
