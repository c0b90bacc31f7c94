package org.datarequest.tracker.cell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;

/**
 * Every cell of a request at one moment (now, or the end of an "as of" day), arranged as rows of
 * jurisdictions in name order with cells in field order, each row with its stance.
 */
public final class Snapshot {

    /** One covered jurisdiction, its cells in field order and the stance they add up to. */
    public record Row(Jurisdiction jurisdiction, LocalDate deadline, List<CellState> cells, Stance stance) {

        public CellState cell(int column) {
            return cells.get(column);
        }
    }

    public final DataRequest request;
    public final LocalDate asOf;
    public final List<RequestedField> fields;
    public final List<Row> rows;

    public Snapshot(DataRequest request, LocalDate asOf, List<RequestedField> fields, List<Coverage> coverage,
                    List<CellState> cells) {
        this.request = request;
        this.asOf = asOf;
        this.fields = List.copyOf(fields);
        Map<String, Map<Long, CellState>> byJurisdiction = new HashMap<>();
        for (CellState cell : cells) {
            byJurisdiction.computeIfAbsent(cell.jurisdictionCode(), code -> new HashMap<>()).put(cell.fieldId(), cell);
        }
        List<Row> built = new ArrayList<>(coverage.size());
        for (Coverage covered : coverage) {
            Jurisdiction jurisdiction = covered.jurisdiction;
            Map<Long, CellState> own = byJurisdiction.getOrDefault(jurisdiction.code, Map.of());
            List<CellState> rowCells = new ArrayList<>(fields.size());
            List<Status> statuses = new ArrayList<>(fields.size());
            for (RequestedField field : fields) {
                CellState cell = own.getOrDefault(field.id, blank(jurisdiction.code, field.id));
                rowCells.add(cell);
                statuses.add(cell.status());
            }
            LocalDate deadline = covered.deadline != null ? covered.deadline : request.deadline;
            built.add(new Row(jurisdiction, deadline, List.copyOf(rowCells), Stance.of(statuses)));
        }
        this.rows = List.copyOf(built);
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
