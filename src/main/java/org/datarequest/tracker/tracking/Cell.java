package org.datarequest.tracker.tracking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One cell as a page shows it: current, or as it stood at the end of an "as of" day.
 * {@code version} is the cell's current version whatever the day, for forms that start from it.
 */
public record Cell(long responseId, String jurisdictionCode, long fieldId, Status status, LocalDate effectiveDate,
                   String note, String legalBasis, String conditions, String sourceUrl, String sourceTitle,
                   Instant verifiedAt, String verifiedBy, long version) {

    public CellValue value() {
        return new CellValue(status, effectiveDate, note, legalBasis, conditions, sourceUrl, sourceTitle);
    }

    /** A link text for the source: its title, else its address. */
    public String sourceText() {
        return sourceTitle != null ? sourceTitle : sourceUrl;
    }

    public boolean sourceIsLink() {
        return sourceUrl != null && (sourceUrl.startsWith("https://") || sourceUrl.startsWith("http://"));
    }
}
