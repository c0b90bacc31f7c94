package org.datarequest.tracker.cell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.web.TemplateExtensions;

/**
 * The sentence that opens a jurisdiction's page and its API read: what it does about the request's fields, since
 * when, and who says so — "New York refuses all 13 fields since 30 June 2017 — Andrew Cuomo (Governor of New
 * York), News report …". Built from the cells alone (plus who spoke, when the caller knows), so the page, the API
 * and a pasted citation say the same thing.
 *
 * @param what       "New York refuses all 13 fields since 30 June 2017"
 * @param who        who took that position, or null
 * @param sourceText the source most of the answered cells cite, or null
 * @param sourceUrl  its address when it has one, or null
 */
public record StateSummary(String what, String who, String sourceText, String sourceUrl) {

    /** Statuses in the order the sentence names them: what is kept back first, silence last. */
    private static final List<Status> ORDER = List.of(Status.REFUSED, Status.WITHHELD_BY_LAW, Status.CONDITIONAL,
            Status.ON_HOLD, Status.REVIEWING, Status.PROVIDED, Status.WILL_PROVIDE, Status.NOT_COLLECTED,
            Status.NO_RESPONSE);

    /** Fields are named in a mixed answer when a status covers this many or fewer. */
    private static final int NAMED = 2;

    /**
     * @param name   the jurisdiction's name
     * @param fields the request's fields, in the row's column order
     * @param cells  the jurisdiction's cells, one per field
     * @param who    who took the position (a statement's speaker and office), or null
     */
    public static StateSummary of(String name, List<RequestedField> fields, List<CellState> cells, String who) {
        Map<Status, List<String>> byStatus = new EnumMap<>(Status.class);
        LocalDate since = null;
        Map<String, Integer> sources = new LinkedHashMap<>();
        Map<String, String> urls = new LinkedHashMap<>();
        for (int column = 0; column < cells.size(); column++) {
            CellState cell = cells.get(column);
            byStatus.computeIfAbsent(cell.status(), status -> new ArrayList<>()).add(fields.get(column).label);
            if (cell.effectiveDate() != null && (since == null || cell.effectiveDate().isAfter(since))) {
                since = cell.effectiveDate();
            }
            if (cell.sourceText() != null) {
                sources.merge(cell.sourceText(), 1, Integer::sum);
                urls.putIfAbsent(cell.sourceText(), cell.sourceIsLink() ? cell.sourceUrl() : null);
            }
        }
        String source = sources.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        String answer = answer(byStatus, cells.size());
        String what = since != null ? name + " " + answer + " since " + TemplateExtensions.display(since)
                : name + " " + (answer.endsWith(",") ? answer.substring(0, answer.length() - 1) : answer);
        return new StateSummary(what, who, source, source == null ? null : urls.get(source));
    }

    /**
     * Who spoke for a jurisdiction: the speaker and office of its latest public statement with a speaker (by the
     * day it counts from), or null.
     */
    public static String speaker(List<org.datarequest.tracker.communication.Communication> story) {
        return story.stream()
                .filter(c -> c.kind == org.datarequest.tracker.communication.Kind.STATEMENT && c.speaker != null)
                .max(java.util.Comparator.comparing((org.datarequest.tracker.communication.Communication c)
                        -> c.countsFrom).thenComparing(c -> c.id))
                .map(c -> c.speaker + (c.office != null ? " (" + c.office + ")" : ""))
                .orElse(null);
    }

    /** The whole sentence as plain text, for the API and for citations. */
    public String sentence() {
        StringBuilder text = new StringBuilder(what);
        if (who != null || sourceText != null) {
            text.append(" \u2014 ");
            if (who != null) {
                text.append(who).append(sourceText != null ? ", " : "");
            }
            if (sourceText != null) {
                text.append(sourceText);
            }
        }
        return text.append('.').toString();
    }

    private static String answer(Map<Status, List<String>> byStatus, int total) {
        if (total == 0) {
            return "has no requested fields";
        }
        if (byStatus.size() == 1) {
            return all(byStatus.keySet().iterator().next(), total);
        }
        List<String> parts = new ArrayList<>();
        List<Status> named = new ArrayList<>(ORDER);
        byStatus.keySet().stream().filter(status -> !ORDER.contains(status)).forEach(named::add);
        for (Status status : named) {
            List<String> labels = byStatus.get(status);
            if (labels != null) {
                // a field or two are named ("withholds SSN (last 4 digits) by law"), more are counted
                String which = labels.size() <= NAMED ? String.join(" and ", labels)
                        : labels.size() + " fields";
                parts.add(some(status, which));
            }
        }
        String last = parts.remove(parts.size() - 1);
        return String.join(", ", parts) + " and " + last + ",";
    }

    private static String all(Status status, int total) {
        String fields = total == 1 ? "its one field" : "all " + total + " fields";
        return switch (status) {
            case NO_RESPONSE -> "has not answered yet on " + (total == 1 ? "its one field" : "any of its " + total + " fields");
            case REVIEWING -> "is reviewing " + fields;
            case CONDITIONAL -> "will provide " + fields + " only on conditions";
            case WILL_PROVIDE -> "will provide " + fields;
            case PROVIDED -> "has provided " + fields;
            case WITHHELD_BY_LAW -> "withholds " + fields + " by law";
            case REFUSED -> "refuses " + fields;
            case NOT_COLLECTED -> "does not collect " + (total == 1 ? "its one field" : "any of its " + total + " fields");
            case ON_HOLD -> "has " + fields + " on hold";
            default -> "is \u201c" + status.label + "\u201d on " + fields;
        };
    }

    private static String some(Status status, String count) {
        return switch (status) {
            case NO_RESPONSE -> "has not answered on " + count;
            case REVIEWING -> "is reviewing " + count;
            case CONDITIONAL -> "will provide " + count + " on conditions";
            case WILL_PROVIDE -> "will provide " + count;
            case PROVIDED -> "has provided " + count;
            case WITHHELD_BY_LAW -> "withholds " + count + " by law";
            case REFUSED -> "refuses " + count;
            case NOT_COLLECTED -> "does not collect " + count;
            case ON_HOLD -> "has " + count + " on hold";
            default -> "is \u201c" + status.label + "\u201d on " + count;
        };
    }
}
