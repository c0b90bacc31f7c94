package org.datarequest.tracker.cell;

import java.util.List;
import java.util.Locale;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.litigation.LitigationStatus;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Sensitivity;
import org.datarequest.tracker.web.QueryParams;

/**
 * The matrix filters, as given in the query string ({@code status}, {@code stance}, {@code region},
 * {@code sensitivity}, {@code q}, {@code litigation}, {@code overdue}, {@code field}); each may repeat, except
 * {@code q} and {@code overdue}. Exports honour the same filters. {@code field} keeps only those columns, so
 * {@code status=REFUSED&field=ssn_last4} shows exactly the cells a dashboard bar counts.
 */
public record MatrixFilter(List<Status> statuses, List<Stance> stances, List<String> regions,
                           List<Sensitivity> sensitivities, String q, List<LitigationStatus> litigation,
                           boolean overdue, List<String> fieldKeys) {

    public static final MatrixFilter NONE = new MatrixFilter(List.of(), List.of(), List.of(), List.of(), null,
            List.of(), false, List.of());

    /** Parses the raw query values; anything not understood is a 400 naming the parameter. */
    public static MatrixFilter parse(List<String> status, List<String> stance, List<String> region,
                                     List<String> sensitivity, String q) {
        return parse(status, stance, region, sensitivity, q, List.of(), null);
    }

    /**
     * With the row filters of litigation ({@code litigation=SUED}, may repeat) and deadlines ({@code overdue=1}:
     * only jurisdictions whose deadline passed while their stance is still pending).
     */
    public static MatrixFilter parse(List<String> status, List<String> stance, List<String> region,
                                     List<String> sensitivity, String q, List<String> litigation, String overdue) {
        return new MatrixFilter(
                QueryParams.values("status", status, Status::parse, Status.values()),
                QueryParams.values("stance", stance, Stance::parse, Stance.values()),
                QueryParams.values("region", region, Jurisdiction::parseRegion, Jurisdiction.REGIONS.toArray(String[]::new)),
                QueryParams.values("sensitivity", sensitivity, Sensitivity::parse, Sensitivity.values()),
                QueryParams.text("q", q, 100),
                QueryParams.values("litigation", litigation, LitigationStatus::parse, LitigationStatus.values()),
                QueryParams.bool("overdue", overdue), List.of());
    }

    /** The same filters keeping only the given field columns ({@code field}, checked against the request in {@link Matrix}). */
    public MatrixFilter withFields(List<String> field) {
        List<String> keys = new java.util.ArrayList<>();
        if (field != null) {
            for (String key : field) {
                String one = QueryParams.text("field", key, 100);
                if (one != null && !keys.contains(one)) {
                    keys.add(one);
                }
            }
        }
        return new MatrixFilter(statuses, stances, regions, sensitivities, q, litigation, overdue,
                List.copyOf(keys));
    }

    public boolean isEmpty() {
        return statuses.isEmpty() && stances.isEmpty() && regions.isEmpty() && sensitivities.isEmpty() && q == null
                && litigation.isEmpty() && !overdue && fieldKeys.isEmpty();
    }

    public boolean showsField(RequestedField field) {
        return (sensitivities.isEmpty() || sensitivities.contains(field.sensitivity))
                && (fieldKeys.isEmpty() || fieldKeys.contains(field.key));
    }

    /** Whether a row passes the filters, judged on the cells of the shown columns for {@code status}. */
    public boolean showsRow(Snapshot.Row row, List<Integer> columns) {
        Jurisdiction jurisdiction = row.jurisdiction();
        if (!stances.isEmpty() && !stances.contains(row.stance())) {
            return false;
        }
        if (!regions.isEmpty() && !regions.contains(jurisdiction.region)) {
            return false;
        }
        if ((!litigation.isEmpty() && !litigation.contains(row.litigation())) || (overdue && !row.overdue())) {
            return false;
        }
        if (q != null) {
            String wanted = q.toLowerCase(Locale.ROOT);
            if (!jurisdiction.name.toLowerCase(Locale.ROOT).contains(wanted)
                    && !jurisdiction.code.toLowerCase(Locale.ROOT).equals(wanted)) {
                return false;
            }
        }
        return statuses.isEmpty() || columns.stream().anyMatch(column -> statuses.contains(row.cell(column).status()));
    }

    /** Whether a cell is one the reader asked to see (when filtering by status the others are dimmed). */
    public boolean highlights(CellState cell) {
        return statuses.isEmpty() || statuses.contains(cell.status());
    }

    public boolean has(Status status) {
        return statuses.contains(status);
    }

    public boolean has(Stance stance) {
        return stances.contains(stance);
    }

    public boolean hasRegion(String region) {
        return regions.contains(region);
    }

    public boolean has(Sensitivity sensitivity) {
        return sensitivities.contains(sensitivity);
    }

    public boolean has(LitigationStatus status) {
        return litigation.contains(status);
    }

    /** The filters as a query string (without "?"), to carry into export links and paging. */
    public String toQuery() {
        StringBuilder query = new StringBuilder();
        statuses.forEach(status -> append(query, "status", status.name()));
        stances.forEach(stance -> append(query, "stance", stance.name()));
        regions.forEach(region -> append(query, "region", region));
        sensitivities.forEach(sensitivity -> append(query, "sensitivity", sensitivity.name()));
        if (q != null) {
            append(query, "q", q);
        }
        litigation.forEach(status -> append(query, "litigation", status.name()));
        if (overdue) {
            append(query, "overdue", "1");
        }
        fieldKeys.forEach(key -> append(query, "field", key));
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
}
