package org.datarequest.tracker.cell;

import java.time.Instant;
import java.time.LocalDate;
import org.datarequest.tracker.web.TemplateFunctions;

/**
 * One cell as a page shows it: current, or as it stood at the end of an "as of" day, with the recording behind
 * that value and the verification stamp as it was then. {@code version} is the cell's current version whatever
 * the day, for forms that start from it. {@code recordedAt}/{@code recordedBy} are null for a cell never changed.
 */
public record CellState(long responseId, String jurisdictionCode, long fieldId, Status status, LocalDate effectiveDate,
                        String note, String legalBasis, String conditions, String sourceUrl, String sourceTitle,
                        Instant verifiedAt, String verifiedBy, long version, Instant recordedAt, String recordedBy,
                        boolean contested, String contestedSourceUrl, String contestedSourceTitle,
                        Long contestedCommunicationId) {

    /** A state that nobody contests. */
    public CellState(long responseId, String jurisdictionCode, long fieldId, Status status, LocalDate effectiveDate,
                     String note, String legalBasis, String conditions, String sourceUrl, String sourceTitle,
                     Instant verifiedAt, String verifiedBy, long version, Instant recordedAt, String recordedBy) {
        this(responseId, jurisdictionCode, fieldId, status, effectiveDate, note, legalBasis, conditions, sourceUrl,
                sourceTitle, verifiedAt, verifiedBy, version, recordedAt, recordedBy, false, null, null, null);
    }

    public CellValue value() {
        return new CellValue(status, effectiveDate, note, legalBasis, conditions, sourceUrl, sourceTitle, contested,
                contestedSourceUrl, contestedSourceTitle, contestedCommunicationId);
    }

    /** A link text for the other source of a contested cell: its title, else its address. */
    public String contestedSourceText() {
        return contestedSourceTitle != null ? contestedSourceTitle : contestedSourceUrl;
    }

    public boolean contestedSourceIsLink() {
        return contestedSourceUrl != null
                && (contestedSourceUrl.startsWith("https://") || contestedSourceUrl.startsWith("http://"));
    }

    /** A link text for the source: its title, else its address. */
    public String sourceText() {
        return sourceTitle != null ? sourceTitle : sourceUrl;
    }

    public boolean sourceIsLink() {
        return TemplateFunctions.isLink(sourceUrl);
    }
}
