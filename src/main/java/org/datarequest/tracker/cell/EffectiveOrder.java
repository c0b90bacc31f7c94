package org.datarequest.tracker.cell;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which a cell's changes took effect: effective date, then recorded time, then id — whatever
 * order they were recorded in. A change's "from" is the value of the change before it in this order. The SQL
 * in {@link ChangeHistory} and {@link CellStates} applies the same rule through the index; this is its plain
 * form, for reverts and for the tests that hold the two together.
 */
public final class EffectiveOrder {

    /** What the rule needs of a change. */
    public interface Entry {
        LocalDate effectiveDate();

        Instant recordedAt();

        long id();

        CellValue value();
    }

    public static final Comparator<Entry> ORDER = Comparator.comparing(Entry::effectiveDate)
            .thenComparing(Entry::recordedAt)
            .thenComparingLong(Entry::id);

    private EffectiveOrder() {
    }

    /** The value the cell held just before {@code change}, counting only {@code history} (No response at first). */
    public static CellValue before(List<? extends Entry> history, Entry change) {
        Entry previous = null;
        for (Entry other : history) {
            if (ORDER.compare(other, change) < 0 && (previous == null || ORDER.compare(other, previous) > 0)) {
                previous = other;
            }
        }
        return previous == null ? CellValue.NO_RESPONSE : previous.value();
    }

    /** The value in effect at the end of {@code day}: the last change in effective order dated on or before it. */
    public static CellValue asOf(List<? extends Entry> history, LocalDate day) {
        Entry latest = null;
        for (Entry change : history) {
            if (!change.effectiveDate().isAfter(day) && (latest == null || ORDER.compare(change, latest) > 0)) {
                latest = change;
            }
        }
        return latest == null ? CellValue.NO_RESPONSE : latest.value();
    }

    /**
     * Whether {@code change} is backdated: when it was recorded, a change of the same cell that took effect
     * later had already been recorded.
     */
    public static boolean backdated(List<? extends Entry> history, Entry change) {
        return history.stream().anyMatch(other -> other.effectiveDate().isAfter(change.effectiveDate())
                && (other.recordedAt().isBefore(change.recordedAt())
                || (other.recordedAt().equals(change.recordedAt()) && other.id() < change.id())));
    }
}
