package org.datarequest.tracker.cell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.web.BadParameterException;
import org.datarequest.tracker.web.QueryParams;

/**
 * The filters of the history page as given in the query string: {@code from}, {@code to} (effective dates,
 * inclusive), {@code jurisdiction}, {@code field}, {@code status} (each may repeat), {@code user} and
 * {@code page}. The change-log export takes the same ones.
 */
public record ChangeFilter(LocalDate from, LocalDate to, List<String> jurisdictions, List<String> fieldKeys,
                           List<Status> statuses, String user, int page) {

    public static final ChangeFilter NONE = new ChangeFilter(null, null, List.of(), List.of(), List.of(), null, 1);

    private static final int MAX_PAGE = 1_000_000;

    public static ChangeFilter parse(String from, String to, List<String> jurisdiction, List<String> field,
                                     List<String> status, String user, String page) {
        LocalDate first = QueryParams.date("from", from);
        LocalDate last = QueryParams.date("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new BadParameterException("to", to, "the end of the range is before its start (" + from + ")");
        }
        return new ChangeFilter(first, last, codes(jurisdiction), keys(field),
                QueryParams.values("status", status, Status::parse, Status.values()),
                QueryParams.text("user", user, 60), pageNumber(page));
    }

    private static List<String> codes(List<String> raw) {
        return nonBlank(raw).stream().map(code -> code.toUpperCase(Locale.ROOT)).distinct().toList();
    }

    private static List<String> keys(List<String> raw) {
        return nonBlank(raw).stream().distinct().toList();
    }

    private static List<String> nonBlank(List<String> raw) {
        return raw == null ? List.of() : raw.stream().filter(value -> value != null && !value.isBlank())
                .map(String::strip).toList();
    }

    private static int pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1 && number <= MAX_PAGE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below like any other number out of range
        }
        throw new BadParameterException("page", page, "expected a page number from 1");
    }

    /** Whether a date range was asked for: then the page also says what changed between the two dates. */
    public boolean isRange() {
        return from != null || to != null;
    }

    public boolean has(String codeOrKey) {
        return jurisdictions.contains(codeOrKey) || fieldKeys.contains(codeOrKey);
    }

    public boolean has(Status status) {
        return statuses.contains(status);
    }

    /**
     * Resolves the filter against the request: every jurisdiction must be one it covers and every field one
     * of its own, or the parameter is answered with a 400.
     *
     * @param covered the codes of the covered jurisdictions
     * @param fields  the request's fields by key
     */
    public ChangeCriteria criteria(long requestId, Collection<String> covered, Map<String, RequestedField> fields) {
        for (String code : jurisdictions) {
            if (!covered.contains(code)) {
                throw new BadParameterException("jurisdiction", code, "this request covers no such jurisdiction");
            }
        }
        List<Long> fieldIds = new ArrayList<>();
        for (String key : fieldKeys) {
            RequestedField field = fields.get(key);
            if (field == null) {
                throw new BadParameterException("field", key, "this request has no field with that key");
            }
            fieldIds.add(field.id);
        }
        return new ChangeCriteria(requestId, from, to, jurisdictions.isEmpty() ? null : jurisdictions,
                fieldIds.isEmpty() ? null : fieldIds, statuses, user);
    }

    /** {@link #criteria(long, Collection, Map)} for a request's coverage and fields as pages load them. */
    public ChangeCriteria criteria(long requestId, List<org.datarequest.tracker.request.Coverage> coverage,
                                   List<RequestedField> fields) {
        Map<String, RequestedField> byKey = new java.util.HashMap<>();
        fields.forEach(field -> byKey.put(field.key, field));
        return criteria(requestId, coverage.stream().map(covered -> covered.jurisdiction.code).toList(), byKey);
    }

    /** The filters as a query string without the page, for paging links and the export link. */
    public String toQuery() {
        List<String> parts = new ArrayList<>();
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        jurisdictions.forEach(code -> parts.add("jurisdiction=" + encode(code)));
        fieldKeys.forEach(key -> parts.add("field=" + encode(key)));
        statuses.forEach(status -> parts.add("status=" + status.name()));
        if (user != null) {
            parts.add("user=" + encode(user));
        }
        return String.join("&", parts);
    }

    /** The filters with a page number, for the pager's links. */
    public String pageQuery(int number) {
        String query = toQuery();
        return (query.isEmpty() ? "" : query + "&") + "page=" + number;
    }

    public boolean isEmpty() {
        return toQuery().isEmpty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
