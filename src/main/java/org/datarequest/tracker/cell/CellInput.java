package org.datarequest.tracker.cell;

import jakarta.validation.constraints.NotBlank;
import org.datarequest.tracker.PlainText;
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
        @Pattern(regexp = "\\s*(\\d{4}-\\d{2}-\\d{2})?\\s*", message = "Write the date as YYYY-MM-DD.")
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
        @Pattern(regexp = "\\s*(https?://[^\\s]+)?\\s*", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "Give a web address starting with http:// or https://, without spaces.")
        @PlainText
        String sourceUrl,
        @Size(max = 300, message = "At most 300 characters.")
        @PlainText
        String sourceTitle) {

    /** The input that shows a cell's current value in a form. */
    public static CellInput of(CellValue value) {
        return new CellInput(value.status().code(),
                value.effectiveDate() == null ? "" : value.effectiveDate().toString(),
                value.note(), value.legalBasis(), value.conditions(), value.sourceUrl(), value.sourceTitle());
    }

    public CellInput withStatus(String newStatus) {
        return new CellInput(newStatus, effectiveDate, note, legalBasis, conditions, sourceUrl, sourceTitle);
    }
}
