package org.datarequest.tracker.tracking;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one cell says: its status and the attributes that come with it. A change records one of these;
 * the current cell holds the latest one.
 */
public record CellValue(Status status, LocalDate effectiveDate, String note, String legalBasis,
                        String conditions, String sourceUrl, String sourceTitle) {

    public static final CellValue NO_RESPONSE = new CellValue(Status.NO_RESPONSE, null, null, null, null, null, null);

    public CellValue {
        Objects.requireNonNull(status, "status");
        note = blankToNull(note);
        legalBasis = blankToNull(legalBasis);
        conditions = blankToNull(conditions);
        sourceUrl = blankToNull(sourceUrl);
        sourceTitle = blankToNull(sourceTitle);
    }

    /**
     * True when recording {@code other} over this (current) value would tell a reader something new. A cell
     * that was never changed has no effective date: giving it one alone, with nothing else, is no change.
     */
    public boolean isChangedBy(CellValue other) {
        boolean dateMatters = effectiveDate != null;
        return status != other.status
                || (dateMatters && !Objects.equals(effectiveDate, other.effectiveDate))
                || !Objects.equals(note, other.note)
                || !Objects.equals(legalBasis, other.legalBasis)
                || !Objects.equals(conditions, other.conditions)
                || !Objects.equals(sourceUrl, other.sourceUrl)
                || !Objects.equals(sourceTitle, other.sourceTitle);
    }

    public boolean hasSource() {
        return sourceUrl != null || sourceTitle != null;
    }

    private static String blankToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
