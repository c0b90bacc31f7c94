package org.datarequest.tracker.cell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.litigation.LitigationChange;
import org.datarequest.tracker.litigation.LitigationStatus;
import org.datarequest.tracker.request.Covered;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;

/**
 * Every cell of a request at one moment (now, or the end of an "as of" day), arranged as rows of
 * jurisdictions in name order with cells in field order, each row with its stance.
 */
public final class Snapshot {

    /**
     * One covered jurisdiction, its cells in field order and the stance they add up to; its own letter date and
     * deadline (the request's unless set), whether it is overdue on the day shown, and its litigation then (the
     * change in effect, null when none).
     */
    public record Row(Jurisdiction jurisdiction, LocalDate deadline, List<CellState> cells, Stance stance,
                      LocalDate sentOn, boolean overdue, LitigationChange litigationChange) {

        public CellState cell(int column) {
            return cells.get(column);
        }

        /** The litigation status in effect on the day shown. */
        public LitigationStatus litigation() {
            return litigationChange == null ? LitigationStatus.NONE : litigationChange.status;
        }
    }

    public final DataRequest request;
    public final LocalDate asOf;
    public final List<RequestedField> fields;
    public final List<Row> rows;

    public Snapshot(DataRequest request, LocalDate asOf, List<RequestedField> fields, List<Covered> coverage,
                    List<CellState> cells) {
        this(request, asOf, fields, coverage, cells, Map.of(), null);
    }

    /**
     * @param litigation the litigation change in effect on the day shown, by jurisdiction code
     * @param today      the day "overdue" is judged on when {@code asOf} is null (null: nobody is overdue)
     */
    public Snapshot(DataRequest request, LocalDate asOf, List<RequestedField> fields, List<Covered> coverage,
                    List<CellState> cells, Map<String, LitigationChange> litigation, LocalDate today) {
        this.request = request;
        this.asOf = asOf;
        this.fields = List.copyOf(fields);
        Map<String, Map<Long, CellState>> byJurisdiction = new HashMap<>();
        for (CellState cell : cells) {
            byJurisdiction.computeIfAbsent(cell.jurisdictionCode(), code -> new HashMap<>()).put(cell.fieldId(), cell);
        }
        List<Row> built = new ArrayList<>(coverage.size());
        for (Covered covered : coverage) {
            Jurisdiction jurisdiction = covered.jurisdiction();
            Map<Long, CellState> own = byJurisdiction.getOrDefault(jurisdiction.code, Map.of());
            List<CellState> rowCells = new ArrayList<>(fields.size());
            List<Status> statuses = new ArrayList<>(fields.size());
            for (RequestedField field : fields) {
                CellState found = own.get(field.id);
                CellState cell = found != null ? found : blank(jurisdiction.code, field.id);
                rowCells.add(cell);
                statuses.add(cell.status());
            }
            LocalDate deadline = covered.deadline() != null ? covered.deadline() : request.deadline;
            LocalDate sentOn = covered.sentOn() != null ? covered.sentOn() : request.sentOn;
            Stance stance = Stance.of(statuses);
            built.add(new Row(jurisdiction, deadline, List.copyOf(rowCells), stance, sentOn,
                    overdue(deadline, stance, statuses, asOf != null ? asOf : today),
                    litigation.get(jurisdiction.code)));
        }
        this.rows = List.copyOf(built);
    }

    /**
     * Overdue: the deadline passed before the day shown and the stance is still pending. A jurisdiction asked for
     * none of the fields owes nothing, so it is never overdue.
     */
    static boolean overdue(LocalDate deadline, Stance stance, List<Status> statuses, LocalDate day) {
        return day != null && deadline != null && deadline.isBefore(day) && stance == Stance.PENDING
                && statuses.stream().anyMatch(status -> !status.notRequested());
    }

    /** How many jurisdictions are overdue on the day shown. */
    public int overdueCount() {
        return (int) rows.stream().filter(Row::overdue).count();
    }

    /** How many jurisdictions are in each litigation status but None, on the day shown, every status present. */
    public Map<LitigationStatus, Integer> litigationCounts() {
        Map<LitigationStatus, Integer> counts = new EnumMap<>(LitigationStatus.class);
        for (LitigationStatus status : LitigationStatus.values()) {
            if (status.inCourt()) {
                counts.put(status, 0);
            }
        }
        rows.stream().filter(row -> row.litigation().inCourt()).forEach(row -> counts.merge(row.litigation(), 1, Integer::sum));
        return counts;
    }

    private static CellState blank(String jurisdictionCode, long fieldId) {
        return new CellState(0, jurisdictionCode, fieldId, Status.NO_RESPONSE, null, null, null, null, null, null,
                null, null, 0, null, null);
    }

    /** How many jurisdictions hold each stance, every stance present (zero included), in rule order. */
    public Map<Stance, Integer> stanceCounts() {
        Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) {
            counts.put(stance, 0);
        }
        rows.forEach(row -> counts.merge(row.stance(), 1, Integer::sum));
        return counts;
    }

    /** For one column, how many of the given rows are in each status (statuses with no cell left out). */
    public static Map<Status, Integer> statusCounts(List<Row> rows, int column) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        rows.forEach(row -> counts.merge(row.cell(column).status(), 1, Integer::sum));
        return counts;
    }

    /** For one row, how many of its cells are in each status, only the given columns counted. */
    public static Map<Status, Integer> statusCounts(Row row, List<Integer> columns) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        columns.forEach(column -> counts.merge(row.cell(column).status(), 1, Integer::sum));
        return counts;
    }

    /** How many cells are contested (sources disagree about them). */
    public int contestedCount() {
        return (int) rows.stream().flatMap(row -> row.cells().stream()).filter(CellState::contested).count();
    }

    public Row row(String jurisdictionCode) {
        return rows.stream().filter(row -> row.jurisdiction().code.equals(jurisdictionCode)).findFirst().orElse(null);
    }

    public boolean isEmpty() {
        return rows.isEmpty() || fields.isEmpty();
    }
}
