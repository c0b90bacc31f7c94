package org.datarequest.tracker.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.datarequest.tracker.PlainText;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the request form sends. Dates stay text here so that a malformed one comes back to the form as
 * typed, with a message, instead of failing the whole post.
 */
public class RequestForm {

    /** Lowercase letters and digits in groups joined by single hyphens: safe and stable in addresses. */
    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String URL_PATTERN = "(?i)https?://\\S+";
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile(SLUG_PATTERN);

    /**
     * Whether a name from an address can be a slug, checked before it is looked up: a name that cannot be one is
     * simply not found (a NUL would even fail the query on PostgreSQL). The pattern is compiled once, as every
     * page asks this.
     */
    public static boolean couldBeSlug(String name) {
        return name != null && name.length() <= 60 && SLUG.matcher(name).matches();
    }

    @RestForm
    @PlainText
    @NotBlank(message = "Enter a slug.")
    @Size(min = 3, max = 60, message = "Use 3 to 60 characters.")
    @Pattern(regexp = SLUG_PATTERN, message = "Use lowercase letters, digits and single hyphens, e.g. doj-2025.")
    public String slug;

    @RestForm
    @PlainText
    @NotBlank(message = "Enter a title.")
    @Size(max = 300, message = "Use at most 300 characters.")
    public String title;

    @RestForm
    @PlainText
    @NotBlank(message = "Enter who sent the request.")
    @Size(max = 300, message = "Use at most 300 characters.")
    public String requester;

    @RestForm
    @PlainText
    public String sentOn;

    @RestForm
    @PlainText
    public String deadline;

    @RestForm
    @PlainText
    @Size(max = 4000, message = "Use at most 4000 characters.")
    public String description;

    @RestForm
    @PlainText
    @Size(max = 2000, message = "Use at most 2000 characters.")
    @Pattern(regexp = URL_PATTERN, message = "Enter an address starting with http:// or https://.")
    public String sourceUrl;

    @RestForm
    @PlainText
    @Size(max = 300, message = "Use at most 300 characters.")
    public String sourceTitle;

    /** The form filled from a stored request, to edit it. */
    public static RequestForm of(DataRequest request) {
        RequestForm form = new RequestForm();
        form.slug = request.slug;
        form.title = request.title;
        form.requester = request.requester;
        form.sentOn = request.sentOn == null ? null : request.sentOn.toString();
        form.deadline = request.deadline == null ? null : request.deadline.toString();
        form.description = request.description;
        form.sourceUrl = request.sourceUrl;
        form.sourceTitle = request.sourceTitle;
        return form;
    }

    /** Blank optional inputs count as absent, so that the pattern checks only look at what was typed. */
    public RequestForm cleaned() {
        slug = org.datarequest.tracker.web.Forms.clean(slug);
        title = org.datarequest.tracker.web.Forms.clean(title);
        requester = org.datarequest.tracker.web.Forms.clean(requester);
        description = org.datarequest.tracker.web.Forms.clean(description);
        sourceUrl = org.datarequest.tracker.web.Forms.clean(sourceUrl);
        sourceTitle = org.datarequest.tracker.web.Forms.clean(sourceTitle);
        return this;
    }
}
