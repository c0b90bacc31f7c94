package org.datarequest.tracker.litigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.datarequest.tracker.PlainText;
import org.datarequest.tracker.web.InputPatterns;

/**
 * What someone typed (or a script sent) for a litigation change, kept as text so a rejected form shows it
 * again. The rules that need the request or today live in {@link LitigationEditor}.
 */
public record LitigationInput(
        @NotBlank(message = "Choose a litigation status.")
        @PlainText
        String status,
        @Pattern(regexp = InputPatterns.OPTIONAL_DAY, message = InputPatterns.OPTIONAL_DAY_MESSAGE)
        @PlainText
        String effectiveDate,
        @Size(max = 300, message = "At most 300 characters.")
        @PlainText
        String caseName,
        @Size(max = 300, message = "At most 300 characters.")
        @PlainText
        String court,
        @Size(max = 2000, message = "At most 2000 characters.")
        @Pattern(regexp = InputPatterns.OPTIONAL_WEB_ADDRESS, flags = Pattern.Flag.CASE_INSENSITIVE,
                message = InputPatterns.OPTIONAL_WEB_ADDRESS_MESSAGE)
        @PlainText
        String docketUrl,
        @Size(max = 2000, message = "At most 2000 characters.")
        @Pattern(regexp = InputPatterns.OPTIONAL_WEB_ADDRESS, flags = Pattern.Flag.CASE_INSENSITIVE,
                message = InputPatterns.OPTIONAL_WEB_ADDRESS_MESSAGE)
        @PlainText
        String sourceUrl,
        @Size(max = 300, message = "At most 300 characters.")
        @PlainText
        String sourceTitle,
        @Size(max = 2000, message = "At most 2000 characters.")
        @PlainText
        String note,
        @Pattern(regexp = "\\s*(\\d{1,18})?\\s*", message = "Give the number of a communication, or leave it empty.")
        @PlainText
        String communicationId) {

    /** The input that shows a change in a form (an empty form when there is none). */
    public static LitigationInput of(LitigationChange change) {
        if (change == null) {
            return new LitigationInput(LitigationStatus.NONE.code(), "", null, null, null, null, null, null, null);
        }
        return new LitigationInput(change.status.code(), change.effectiveDate.toString(), change.caseName,
                change.court, change.docketUrl, change.sourceUrl, change.sourceTitle, change.note,
                change.communicationId == null ? null : change.communicationId.toString());
    }
}
