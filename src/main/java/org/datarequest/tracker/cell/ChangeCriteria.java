package org.datarequest.tracker.cell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which changes of one request to read, once the filters are resolved to codes and ids. One definition serves
 * the history page (JPQL over {@link CellChange}) and the streamed change-log export (plain SQL), so the page
 * and its export always agree. A null collection means "no restriction"; an empty one matches nothing.
 *
 * @param from     first effective date, inclusive
 * @param to       last effective date, inclusive (an as-of day is the same bound)
 * @param statuses new statuses wanted
 */
public record ChangeCriteria(long requestId, LocalDate from, LocalDate to, Collection<String> jurisdictions,
                             Collection<Long> fieldIds, Collection<Status> statuses, String user) {

    /** A where clause and its values in order: {@code ?1, ?2…} for JPQL, plain {@code ?} for JDBC. */
    public record Where(String sql, List<Object> values) {
    }

    public static ChangeCriteria all(long requestId) {
        return new ChangeCriteria(requestId, null, null, null, null, List.of(), null);
    }

    public Where jpql() {
        return render(true, "");
    }

    public Where jdbc() {
        return render(false, "");
    }

    /** The JDBC form with every column qualified by a table alias. */
    public Where jdbc(String alias) {
        return render(false, alias + ".");
    }

    private Where render(boolean jpql, String prefix) {
        Builder where = new Builder(jpql, prefix);
        where.add(jpql ? "c.requestId" : "request_id", "=", requestId);
        where.add(jpql ? "c.value.effectiveDate" : "effective_date", ">=", from);
        where.add(jpql ? "c.value.effectiveDate" : "effective_date", "<=", to);
        where.in(jpql ? "c.jurisdictionCode" : "jurisdiction_code", jurisdictions);
        where.in(jpql ? "c.field.id" : "field_id", fieldIds);
        where.in(jpql ? "c.value.status" : "new_status",
                statuses == null || statuses.isEmpty() ? null : jpql ? statuses : statuses.stream().map(Status::name).toList());
        where.add(jpql ? "c.recordedBy" : "recorded_by", "=", user);
        return new Where(String.join(" and ", where.conditions), where.values);
    }

    private static final class Builder {
        private final boolean jpql;
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        private final String prefix;

        Builder(boolean jpql, String prefix) {
            this.jpql = jpql;
            this.prefix = prefix;
        }

        void add(String column, String operator, Object value) {
            if (value != null) {
                values.add(value);
                conditions.add(prefix + column + " " + operator + " " + placeholder());
            }
        }

        void in(String column, Collection<?> wanted) {
            if (wanted == null) {
                return;
            }
            if (wanted.isEmpty()) {
                conditions.add("1 = 0");
            } else if (jpql) {
                // Hibernate expands a collection bound to one positional parameter
                values.add(List.copyOf(wanted));
                conditions.add(prefix + column + " in (" + placeholder() + ")");
            } else {
                List<String> marks = new ArrayList<>();
                for (Object one : wanted) {
                    values.add(one);
                    marks.add("?");
                }
                conditions.add(prefix + column + " in (" + String.join(", ", marks) + ")");
            }
        }

        private String placeholder() {
            return jpql ? "?" + values.size() : "?";
        }
    }
}
