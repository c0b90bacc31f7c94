package org.datarequest.tracker.history;

import org.datarequest.tracker.cell.ChangeFilter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.cell.CellState;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.Stance;

/**
 * What changed between two dates: each cell as it stood at the end of the day before the range against the
 * end of its last day, and the stances those cells add up to. Built from two as-of snapshots, so it costs two
 * statements whatever the range, and a change made and undone inside the range does not show as a change.
 */
public record ChangesBetween(LocalDate before, LocalDate last, List<CellDiff> cells, List<StanceDiff> stances) {

    /** One cell that stands differently at the end of the range. */
    public record CellDiff(Jurisdiction jurisdiction, RequestedField field, CellState was, CellState now) {
    }

    /** One jurisdiction whose stance moved. */
    public record StanceDiff(Jurisdiction jurisdiction, Stance was, Stance now) {
    }

    /** The first day of the range. */
    public LocalDate first() {
        return before.plusDays(1);
    }

    /**
     * @param before the snapshot at the end of the day before the range
     * @param after  the snapshot at the end of the range, of the same request and coverage
     * @param filter restricts the cells to its jurisdictions and fields, and the stances to its jurisdictions
     */
    public static ChangesBetween of(Snapshot before, Snapshot after, ChangeFilter filter) {
        List<CellDiff> cells = new ArrayList<>();
        List<StanceDiff> stances = new ArrayList<>();
        for (int r = 0; r < after.rows.size(); r++) {
            Snapshot.Row was = before.rows.get(r);
            Snapshot.Row now = after.rows.get(r);
            Jurisdiction jurisdiction = now.jurisdiction();
            if (!filter.jurisdictions().isEmpty() && !filter.jurisdictions().contains(jurisdiction.code)) {
                continue;
            }
            if (was.stance() != now.stance()) {
                stances.add(new StanceDiff(jurisdiction, was.stance(), now.stance()));
            }
            for (int column = 0; column < after.fields.size(); column++) {
                RequestedField field = after.fields.get(column);
                boolean wanted = filter.fieldKeys().isEmpty() || filter.fieldKeys().contains(field.key);
                if (wanted && was.cell(column).value().isChangedBy(now.cell(column).value())) {
                    cells.add(new CellDiff(jurisdiction, field, was.cell(column), now.cell(column)));
                }
            }
        }
        return new ChangesBetween(before.asOf, after.asOf, cells, stances);
    }

    /** The two days compared, for a request: the range's bounds, defaulting to the sent date and today. */
    public static LocalDate[] days(DataRequest request, ChangeFilter filter, LocalDate today) {
        LocalDate first = filter.from() != null ? filter.from() : request.sentOn;
        LocalDate last = filter.to() != null ? filter.to() : today.isBefore(first) ? first : today;
        return new LocalDate[] {first.minusDays(1), last};
    }
}
