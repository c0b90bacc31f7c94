package org.datarequest.tracker.cell;

import jakarta.validation.constraints.NotBlank;
import org.datarequest.tracker.PlainText;
import org.datarequest.tracker.web.InputPatterns;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What someone typed for one cell, kept as text so a rejected form shows exactly what was typed.
 * The single-field rules are annotations; the rules that need the request or today live in {@link CellValidator}.
 */
public record CellInput(
        @NotBlank(message = "Choose a status.")
        @PlainText
        String status,
        @Pattern(regexp = InputPatterns.OPTIONAL_DAY, message = InputPatterns.OPTIONAL_DAY_MESSAGE)
        @PlainText
        String effectiveDate,
        @Size(max = 2000, message = "At most 2000 characters.")
        @PlainText
        String note,
        @Size(max = 500, message = "At most 500 characters.")
        @PlainText
        String legalBasis,
        @Size(max = 1000, message = "At most 1000 characters.")
        @PlainText
        String conditions,
        @Size(max = 2000, message = "At most 2000 characters.")
        @Pattern(regexp = InputPatterns.OPTIONAL_WEB_ADDRESS, flags = Pattern.Flag.CASE_INSENSITIVE,
                message = InputPatterns.OPTIONAL_WEB_ADDRESS_MESSAGE)
        @PlainText
        String sourceUrl,
        @Size(max = 300, message = "At most 300 characters.")
        @PlainText
        String sourceTitle,
        /** "true" (a ticked box) when the sources disagree. */
        @PlainText
        String contested,
        @Size(max = 2000, message = "At most 2000 characters.")
        @Pattern(regexp = InputPatterns.OPTIONAL_WEB_ADDRESS, flags = Pattern.Flag.CASE_INSENSITIVE,
                message = InputPatterns.OPTIONAL_WEB_ADDRESS_MESSAGE)
        @PlainText
        String contestedSourceUrl,
        @Size(max = 300, message = "At most 300 characters.")
        @PlainText
        String contestedSourceTitle,
        /** The id of a communication of the request that is the other source, or blank. */
        @Pattern(regexp = "\\s*\\d{0,18}\\s*", message = "Choose a communication from the list.")
        @PlainText
        String contestedCommunication) {

    /** An input that says nothing about the cell being contested (it clears the mark). */
    public CellInput(String status, String effectiveDate, String note, String legalBasis, String conditions,
                     String sourceUrl, String sourceTitle) {
        this(status, effectiveDate, note, legalBasis, conditions, sourceUrl, sourceTitle, null, null, null, null);
    }

    /** The input that shows a cell's current value in a form. */
    public static CellInput of(CellValue value) {
        return new CellInput(value.status().code(),
                value.effectiveDate() == null ? "" : value.effectiveDate().toString(),
                value.note(), value.legalBasis(), value.conditions(), value.sourceUrl(), value.sourceTitle(),
                value.contested() ? "true" : null, value.contestedSourceUrl(), value.contestedSourceTitle(),
                value.contestedCommunicationId() == null ? null : value.contestedCommunicationId().toString());
    }

    public CellInput withStatus(String newStatus) {
        return new CellInput(newStatus, effectiveDate, note, legalBasis, conditions, sourceUrl, sourceTitle,
                contested, contestedSourceUrl, contestedSourceTitle, contestedCommunication);
    }

    /** True when the box "sources disagree" is ticked. */
    public boolean isContested() {
        return contested != null && (contested.equalsIgnoreCase("true") || contested.equalsIgnoreCase("on"));
    }
}
