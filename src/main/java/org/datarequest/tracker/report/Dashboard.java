package org.datarequest.tracker.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.cell.Status;

/** The figures of a request's dashboard, computed from one snapshot. */
public record Dashboard(Snapshot snapshot, LocalDate today, TileMap map, List<FieldBar> fieldBars,
                        List<Communication> timeline, List<CellChange> recentChanges) {

    /** One part of a field's bar: the jurisdictions in one status. */
    public record Segment(Status status, int count, double percent) {
    }

    /** How the covered jurisdictions answer one field. */
    public record FieldBar(RequestedField field, List<Segment> segments) {
    }

    public static List<FieldBar> fieldBars(Snapshot snapshot) {
        List<FieldBar> bars = new ArrayList<>();
        int total = snapshot.rows.size();
        for (int column = 0; column < snapshot.fields.size(); column++) {
            List<Segment> segments = new ArrayList<>();
            Snapshot.statusCounts(snapshot.rows, column).forEach((status, count) ->
                    segments.add(new Segment(status, count, total == 0 ? 0 : 100.0 * count / total)));
            bars.add(new FieldBar(snapshot.fields.get(column), segments));
        }
        return bars;
    }

    public Map<Stance, Integer> stanceCounts() {
        return snapshot.stanceCounts();
    }

    public Map<String, String> jurisdictionNames() {
        Map<String, String> names = new HashMap<>();
        snapshot.rows.forEach(row -> names.put(row.jurisdiction().code, row.jurisdiction().name));
        return names;
    }

    /** "in 5 days", "today" or "passed 12 days ago", counted from the day shown (today or the as-of day). */
    public String deadlineDistance() {
        LocalDate deadline = snapshot.request.deadline;
        if (deadline == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        if (days == 0) {
            return "today";
        }
        if (days > 0) {
            return days == 1 ? "in 1 day" : "in " + String.format("%,d", days) + " days";
        }
        return -days == 1 ? "passed 1 day ago" : "passed " + String.format("%,d", -days) + " days ago";
    }

    public boolean deadlinePassed() {
        return snapshot.request.deadline != null && snapshot.request.deadline.isBefore(today);
    }
}
