package org.datarequest.tracker.cell;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one cell says: its status and the attributes that come with it. The cell holds the value in effect now;
 * each change holds the value it set. One embeddable, mapped to the same column names in both tables (the
 * change table calls its status {@code new_status}).
 */
@Embeddable
public record CellValue(
        @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false) Status status,
        @Column(name = "effective_date") LocalDate effectiveDate,
        @Column(name = "note") String note,
        @Column(name = "legal_basis") String legalBasis,
        @Column(name = "conditions") String conditions,
        @Column(name = "source_url") String sourceUrl,
        @Column(name = "source_title") String sourceTitle,
        @Column(name = "contested", nullable = false) boolean contested,
        @Column(name = "contested_source_url") String contestedSourceUrl,
        @Column(name = "contested_source_title") String contestedSourceTitle,
        @Column(name = "contested_communication_id") Long contestedCommunicationId) {

    public static final CellValue NO_RESPONSE = new CellValue(Status.NO_RESPONSE, null, null, null, null, null, null);

    /** A value that nobody contests. */
    public CellValue(Status status, LocalDate effectiveDate, String note, String legalBasis, String conditions,
                     String sourceUrl, String sourceTitle) {
        this(status, effectiveDate, note, legalBasis, conditions, sourceUrl, sourceTitle, false, null, null, null);
    }

    public CellValue {
        Objects.requireNonNull(status, "status");
        note = blankToNull(note);
        legalBasis = blankToNull(legalBasis);
        conditions = blankToNull(conditions);
        sourceUrl = blankToNull(sourceUrl);
        sourceTitle = blankToNull(sourceTitle);
        contestedSourceUrl = contested ? blankToNull(contestedSourceUrl) : null;
        contestedSourceTitle = contested ? blankToNull(contestedSourceTitle) : null;
        contestedCommunicationId = contested ? contestedCommunicationId : null;
    }

    /** The same value marked contested, citing the other source (or cleared, with {@code contested} false). */
    public CellValue contested(boolean isContested, String otherUrl, String otherTitle, Long otherCommunication) {
        return new CellValue(status, effectiveDate, note, legalBasis, conditions, sourceUrl, sourceTitle, isContested,
                otherUrl, otherTitle, otherCommunication);
    }

    /** True when a contested value cites the source that disagrees. */
    public boolean hasContestedSource() {
        return contestedSourceUrl != null || contestedSourceTitle != null || contestedCommunicationId != null;
    }

    /**
     * True when recording {@code other} over this (current) value would tell a reader something new. A cell
     * that was never changed has no effective date: giving it one alone, with nothing else, is no change.
     */
    public boolean isChangedBy(CellValue other) {
        boolean dateMatters = effectiveDate != null;
        return (dateMatters && !Objects.equals(effectiveDate, other.effectiveDate)) || saysOtherThan(other);
    }

    /** True when {@code other} differs in anything but the effective date. */
    public boolean saysOtherThan(CellValue other) {
        return !differences(other).isEmpty();
    }

    /**
     * What {@code next} changes compared with this value, in words a reader understands ("status", "note",
     * "legal basis", "conditions", "source"); the effective date is not counted.
     */
    public List<String> differences(CellValue next) {
        List<String> changed = new ArrayList<>();
        if (status != next.status) {
            changed.add("status");
        }
        if (!Objects.equals(note, next.note)) {
            changed.add("note");
        }
        if (!Objects.equals(legalBasis, next.legalBasis)) {
            changed.add("legal basis");
        }
        if (!Objects.equals(conditions, next.conditions)) {
            changed.add("conditions");
        }
        if (!Objects.equals(sourceUrl, next.sourceUrl) || !Objects.equals(sourceTitle, next.sourceTitle)) {
            changed.add("source");
        }
        if (contested != next.contested || !Objects.equals(contestedSourceUrl, next.contestedSourceUrl)
                || !Objects.equals(contestedSourceTitle, next.contestedSourceTitle)
                || !Objects.equals(contestedCommunicationId, next.contestedCommunicationId)) {
            changed.add(next.contested ? "contested" : "no longer contested");
        }
        return changed;
    }

    public boolean hasSource() {
        return sourceUrl != null || sourceTitle != null;
    }

    /** The same value taking effect on {@code day}. */
    public CellValue on(LocalDate day) {
        return new CellValue(status, day, note, legalBasis, conditions, sourceUrl, sourceTitle, contested,
                contestedSourceUrl, contestedSourceTitle, contestedCommunicationId);
    }

    private static String blankToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
