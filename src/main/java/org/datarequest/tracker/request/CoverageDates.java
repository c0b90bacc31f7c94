package org.datarequest.tracker.request;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.datarequest.tracker.web.SaneDates;

/**
 * Each covered jurisdiction's own letter date ({@code sent_on}) and deadline, empty meaning the request's. Set
 * one by one (the coverage page, the API) or from a CSV file of {@code jurisdiction, sent_on, deadline}, which is
 * read whole and checked before anything is written: any problem, and nothing is applied. Every write moves the
 * request's data version on, so pages showing deadlines and overdue counts are not served stale.
 */
@ApplicationScoped
public class CoverageDates {

    public static final List<String> COLUMNS = List.of("jurisdiction", "sent_on", "deadline");

    /** A file is one line per jurisdiction; anything much bigger is a wrong file. */
    public static final int MAX_CHARS = 64 * 1024;

    /** One jurisdiction's dates, as read or as they are (null: the request's). */
    public record Dates(String jurisdiction, LocalDate sentOn, LocalDate deadline) {
    }

    /** A problem in a file, with its line (1 is the header) and column (null for the whole line). */
    public record LineError(long line, String column, String message) {
    }

    /** One line that would change a jurisdiction's dates: what they are and what they would be. */
    public record Planned(long line, String name, Dates before, Dates after) {
    }

    /** What a file would do: the changes, the problems and the columns it ignores. */
    public record Plan(List<Planned> changes, int unchanged, List<LineError> errors, List<String> ignored) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final DataVersions versions;

    public CoverageDates(DataVersions versions) {
        this.versions = versions;
    }

    /** The dates of every covered jurisdiction, in name order, as stored (null: the request's). */
    public static List<Dates> of(DataRequest request) {
        return Coverage.of(request).stream().map(CoverageDates::dates).toList();
    }

    private static Dates dates(Coverage coverage) {
        return new Dates(coverage.jurisdiction.code, coverage.sentOn, coverage.deadline);
    }

    /** Reads a file against the request's coverage; writes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan plan(DataRequest request, String text) {
        List<LineError> errors = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        List<Planned> changes = new ArrayList<>();
        int unchanged = 0;
        if (text == null || text.isBlank()) {
            return new Plan(changes, 0, List.of(new LineError(1, null, "The file is empty: expected a header row "
                    + String.join(",", COLUMNS) + " and one row per jurisdiction.")), ignored);
        }
        if (text.length() > MAX_CHARS) {
            return new Plan(changes, 0, List.of(new LineError(1, null, "The file is larger than "
                    + MAX_CHARS / 1024 + " KB; a coverage file has one line per jurisdiction.")), ignored);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Coverage> byCode = new HashMap<>();
        Coverage.of(request).forEach(coverage -> byCode.put(coverage.jurisdiction.code, coverage));
        Set<String> seen = new HashSet<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(new StringReader(text))) {
            Map<String, Integer> columns = null;
            for (CsvRecord record : csv) {
                long line = record.getStartingLineNumber();
                if (columns == null) {
                    columns = header(record, errors, ignored);
                    if (!errors.isEmpty()) {
                        return new Plan(List.of(), 0, errors, ignored);
                    }
                    continue;
                }
                if (record.getFields().stream().allMatch(String::isBlank)) {
                    continue;
                }
                int before = errors.size();
                String code = value(record, columns, "jurisdiction").toUpperCase(Locale.ROOT);
                Coverage coverage = byCode.get(code);
                if (code.isEmpty()) {
                    errors.add(new LineError(line, "jurisdiction", "Give the jurisdiction's code, e.g. TX."));
                } else if (coverage == null) {
                    errors.add(new LineError(line, "jurisdiction", "The request does not cover \u201c"
                            + clip(code) + "\u201d; add it on the coverage page first."));
                } else if (!seen.add(code)) {
                    errors.add(new LineError(line, "jurisdiction", code + " appears twice in the file."));
                }
                LocalDate sentOn = date(record, columns, "sent_on", line, errors);
                LocalDate deadline = date(record, columns, "deadline", line, errors);
                if (errors.size() > before || coverage == null) {
                    continue;
                }
                Dates after = new Dates(code, sentOn, deadline);
                String problem = problem(request, after);
                if (problem != null) {
                    errors.add(new LineError(line, problem.startsWith("The letter") ? "sent_on" : "deadline", problem));
                } else if (after.equals(dates(coverage))) {
                    unchanged++;
                } else {
                    changes.add(new Planned(line, coverage.jurisdiction.name, dates(coverage), after));
                }
            }
            if (columns == null) {
                errors.add(new LineError(1, null, "The file is empty: expected a header row "
                        + String.join(",", COLUMNS) + "."));
            }
        } catch (CsvParseException e) {
            errors.add(new LineError(0, null, "The file is not well-formed CSV: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Plan(errors.isEmpty() ? changes : List.of(), errors.isEmpty() ? unchanged : 0, errors, ignored);
    }

    /** Reads the file again and applies it whole, or throws {@link InvalidCoverageFile} and writes nothing. */
    @Transactional
    public Plan apply(DataRequest request, String text) {
        Plan plan = plan(request, text);
        if (!plan.valid()) {
            throw new InvalidCoverageFile(plan.errors());
        }
        Map<String, Coverage> byCode = new HashMap<>();
        Coverage.of(request).forEach(coverage -> byCode.put(coverage.jurisdiction.code, coverage));
        for (Planned change : plan.changes()) {
            Coverage coverage = byCode.get(change.after().jurisdiction());
            coverage.sentOn = change.after().sentOn();
            coverage.deadline = change.after().deadline();
        }
        if (!plan.changes().isEmpty()) {
            versions.bump(request);
        }
        return plan;
    }

    /**
     * Sets one jurisdiction's dates (null: the request's).
     *
     * @return whether anything changed
     * @throws InvalidCoverageFile naming the date at fault
     */
    @Transactional
    public boolean set(DataRequest request, String code, LocalDate sentOn, LocalDate deadline) {
        // read again inside this transaction, so that the change is written
        Coverage coverage = Requests.coverage(request, code);
        Dates after = new Dates(coverage.jurisdiction.code, sentOn, deadline);
        String problem = problem(request, after);
        if (problem != null) {
            throw new InvalidCoverageFile(List.of(new LineError(0,
                    problem.startsWith("The letter") ? "sentOn" : "deadline", problem)));
        }
        if (after.equals(dates(coverage))) {
            return false;
        }
        coverage.sentOn = sentOn;
        coverage.deadline = deadline;
        versions.bump(request);
        return true;
    }

    /** The rule both ways of setting share: a letter no earlier than the request, a deadline no earlier than the letter. */
    public static String problem(DataRequest request, Dates dates) {
        LocalDate sentOn = dates.sentOn() != null ? dates.sentOn() : request.sentOn;
        if (dates.sentOn() != null && dates.sentOn().isBefore(request.sentOn)) {
            return "The letter date cannot be before the request was sent (" + request.sentOn + ").";
        }
        if (dates.deadline() != null && dates.deadline().isBefore(sentOn)) {
            return "The deadline cannot be before the letter was sent (" + sentOn + ").";
        }
        return null;
    }

    private static Map<String, Integer> header(CsvRecord record, List<LineError> errors, List<String> ignored) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.getFieldCount(); i++) {
            String name = record.getField(i).strip().toLowerCase(Locale.ROOT);
            if (COLUMNS.contains(name)) {
                if (columns.putIfAbsent(name, i) != null) {
                    errors.add(new LineError(1, name, "The column \u201c" + name + "\u201d appears twice."));
                }
            } else if (!name.isEmpty()) {
                ignored.add(clip(record.getField(i).strip()));
            }
        }
        if (!columns.containsKey("jurisdiction")) {
            errors.add(new LineError(1, "jurisdiction", "The header has no column \u201cjurisdiction\u201d;"
                    + " the first line must name the columns: " + String.join(",", COLUMNS) + "."));
        } else if (!columns.containsKey("sent_on") && !columns.containsKey("deadline")) {
            errors.add(new LineError(1, null, "The header has neither \u201csent_on\u201d nor \u201cdeadline\u201d;"
                    + " expected " + String.join(",", COLUMNS) + "."));
        }
        return columns;
    }

    private static String value(CsvRecord record, Map<String, Integer> columns, String name) {
        Integer position = columns.get(name);
        return position == null || position >= record.getFieldCount() ? "" : record.getField(position).strip();
    }

    private static LocalDate date(CsvRecord record, Map<String, Integer> columns, String name, long line,
                                  List<LineError> errors) {
        String text = value(record, columns, name);
        if (text.isEmpty()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (SaneDates.contains(day)) {
                return day;
            }
            errors.add(new LineError(line, name, "Give a date " + SaneDates.PROBLEM + "."));
        } catch (DateTimeParseException e) {
            errors.add(new LineError(line, name, "\u201c" + clip(text) + "\u201d is not a date written YYYY-MM-DD."));
        }
        return null;
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "\u2026" : text;
    }
}
