package org.datarequest.tracker.cell;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.web.BadParameterException;

/**
 * The order of the matrix rows ({@code sort=stance|name|changed|FIELD_KEY}): by stance with refusers first, by
 * name, by the latest change first, or by one field's status with the ones that keep it back first. Ties are
 * broken by name, so an order is the same on every reload. Exports take the same parameter.
 */
public record MatrixOrder(String code, RequestedField field) {

    public static final MatrixOrder NAME = new MatrixOrder("name", null);
    public static final MatrixOrder STANCE = new MatrixOrder("stance", null);
    public static final MatrixOrder CHANGED = new MatrixOrder("changed", null);

    /** Stances in the order a reader looks for them: who refuses, who gives part, then the rest. */
    private static final List<Stance> STANCE_ORDER = List.of(Stance.REFUSED, Stance.PARTIAL, Stance.CONDITIONAL,
            Stance.FULL, Stance.PENDING);

    /** Statuses for a field's order: kept back first, then conditions, pending, given, and no response last. */
    private static final List<Status> STATUS_ORDER = List.of(Status.REFUSED, Status.WITHHELD_BY_LAW,
            Status.CONDITIONAL, Status.ON_HOLD, Status.REVIEWING, Status.WILL_PROVIDE, Status.PROVIDED,
            Status.NOT_COLLECTED, Status.NO_RESPONSE);

    /** Parses {@code sort} against the request's fields; absent or empty is name order. */
    public static MatrixOrder parse(String sort, List<RequestedField> fields) {
        if (sort == null || sort.isBlank()) {
            return NAME;
        }
        String wanted = sort.strip();
        switch (wanted.toLowerCase(Locale.ROOT)) {
            case "name":
                return NAME;
            case "stance":
                return STANCE;
            case "changed":
                return CHANGED;
            default:
                for (RequestedField field : fields) {
                    if (field.key.equals(wanted)) {
                        return new MatrixOrder(field.key, field);
                    }
                }
                throw new BadParameterException("sort", wanted, "expected stance, name, changed or a field key");
        }
    }

    public boolean isDefault() {
        return this.equals(NAME);
    }

    /** {@code sort=…} for links, empty in name order (the default, so plain addresses stay plain). */
    public String toQuery() {
        return isDefault() ? "" : "sort=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** How a reader is told the order: "refusers first", "latest change first"... */
    public String description() {
        return switch (code) {
            case "name" -> "by name";
            case "stance" -> "by stance, refusers first";
            case "changed" -> "latest change first";
            default -> "by " + field.label + ", refusals first";
        };
    }

    /** The rows in this order (the snapshot's rows are in name order already). */
    List<Snapshot.Row> sort(List<Snapshot.Row> rows, List<RequestedField> fields) {
        Comparator<Snapshot.Row> byName = Comparator.comparing(row -> row.jurisdiction().name);
        Comparator<Snapshot.Row> order = switch (code) {
            case "name" -> byName;
            case "stance" -> Comparator.<Snapshot.Row>comparingInt(row -> STANCE_ORDER.indexOf(row.stance()))
                    .thenComparing(byName);
            case "changed" -> Comparator.comparing(MatrixOrder::latestChange, Comparator.nullsLast(
                    Comparator.<Change>naturalOrder().reversed())).thenComparing(byName);
            default -> {
                int column = indexOf(fields);
                yield column < 0 ? byName : Comparator.<Snapshot.Row>comparingInt(
                        row -> rank(row.cell(column).status())).thenComparing(byName);
            }
        };
        return rows.stream().sorted(order).toList();
    }

    /** A status's place in a field's order; one this order does not list (a newer status) goes last. */
    private static int rank(Status status) {
        int rank = STATUS_ORDER.indexOf(status);
        return rank < 0 ? STATUS_ORDER.size() : rank;
    }

    private int indexOf(List<RequestedField> fields) {
        for (int column = 0; column < fields.size(); column++) {
            if (Objects.equals(fields.get(column).id, field.id)) {
                return column;
            }
        }
        return -1;
    }

    /** When a row last changed: the latest effective date of its cells, then the latest recording. */
    private record Change(LocalDate effective, Instant recorded) implements Comparable<Change> {
        @Override
        public int compareTo(Change other) {
            int byDay = effective.compareTo(other.effective);
            return byDay != 0 ? byDay : Comparator.nullsFirst(Comparator.<Instant>naturalOrder())
                    .compare(recorded, other.recorded);
        }
    }

    private static Change latestChange(Snapshot.Row row) {
        Change latest = null;
        for (CellState cell : row.cells()) {
            if (cell.effectiveDate() != null) {
                Change one = new Change(cell.effectiveDate(), cell.recordedAt());
                if (latest == null || one.compareTo(latest) > 0) {
                    latest = one;
                }
            }
        }
        return latest;
    }
}
