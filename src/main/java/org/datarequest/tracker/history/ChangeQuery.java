package org.datarequest.tracker.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.tracking.Status;

/**
 * The filters of a request's change log ({@code from}, {@code to} on the effective date, inclusive;
 * {@code jurisdiction}, {@code field} key, new {@code status}, {@code user}); null means "any".
 */
public record ChangeQuery(LocalDate from, LocalDate to, String jurisdiction, String field, Status status,
                          String user) {

    /** The JPQL condition (after the request's) and its named parameters. */
    String where(Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        add(conditions, parameters, "c.effectiveDate >= :from", "from", from);
        add(conditions, parameters, "c.effectiveDate <= :to", "to", to);
        add(conditions, parameters, "c.jurisdictionCode = :jurisdiction", "jurisdiction", jurisdiction);
        add(conditions, parameters, "c.field.key = :field", "field", field);
        add(conditions, parameters, "c.newStatus = :status", "status", status);
        add(conditions, parameters, "c.recordedBy = :user", "user", user);
        return conditions.isEmpty() ? "" : " and " + String.join(" and ", conditions);
    }

    private static void add(List<String> conditions, Map<String, Object> parameters, String condition, String name,
                            Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    static Map<String, Object> parameters() {
        return new LinkedHashMap<>();
    }
}
