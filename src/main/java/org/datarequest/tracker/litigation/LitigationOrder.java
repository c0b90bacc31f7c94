package org.datarequest.tracker.litigation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order in which litigation changes took effect, the same rule as a cell's: effective date, then recorded
 * time, then id, whatever order they were recorded in. {@link LitigationStates} applies it in SQL through the
 * index; this is its plain form, for the jurisdiction page's history and the tests that hold the two together.
 */
public final class LitigationOrder {

    public static final Comparator<LitigationChange> ORDER = Comparator
            .comparing((LitigationChange change) -> change.effectiveDate)
            .thenComparing(change -> change.recordedAt)
            .thenComparing(change -> change.id);

    private LitigationOrder() {
    }

    /** The change in effect at the end of {@code day}: the last in effective order dated on or before it. */
    public static Optional<LitigationChange> asOf(List<LitigationChange> history, LocalDate day) {
        return history.stream().filter(change -> day == null || !change.effectiveDate.isAfter(day)).max(ORDER);
    }
}
