package org.datarequest.tracker.request;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a list of requested fields in the {@code position,key,label,wording,sensitivity} format (or with the
 * export's names for them, see {@link #ALIASES}), reporting every problem with its line and column rather than
 * stopping at the first. Other columns are ignored, and {@link #ignoredColumns} names them.
 */
public final class FieldCsv {

    public static final List<String> COLUMNS = List.of("position", "key", "label", "wording", "sensitivity");

    /**
     * Other names each column is known by: those of the exports, where a field is {@code field} and its label
     * {@code field_label}, so an exported list of fields reads back without renaming its header.
     */
    static final Map<String, List<String>> ALIASES = Map.of(
            "position", List.of("order"),
            "key", List.of("field", "field_key"),
            "label", List.of("field_label"),
            "sensitivity", List.of("field_sensitivity"));

    /**
     * The header cells of a field file that no column is read from (in file order), to tell the person
     * uploading it that they were ignored; empty when the file has no header.
     */
    public static List<String> ignoredColumns(String text) {
        try (CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(new StringReader(text))) {
            for (CsvRecord record : csv) {
                List<String> names = record.getFields().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
                int[] used = columnsOf(names);
                List<String> ignored = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    final int index = i;
                    if (!names.get(i).isEmpty() && java.util.Arrays.stream(used).noneMatch(column -> column == index)) {
                        ignored.add(record.getField(i).strip());
                    }
                }
                return ignored;
            }
        } catch (CsvParseException | IOException e) {
            return List.of();
        }
        return List.of();
    }

    /** For each expected column, its index among {@code names} (by its name or an alias), or -1. */
    private static int[] columnsOf(List<String> names) {
        int[] columns = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            columns[i] = names.indexOf(COLUMNS.get(i));
            for (String alias : ALIASES.getOrDefault(COLUMNS.get(i), List.of())) {
                if (columns[i] < 0) {
                    columns[i] = names.indexOf(alias);
                }
            }
        }
        return columns;
    }

    /** One problem in the file: {@code line} is 1-based, {@code column} a column name (or null for the line). */
    public record LineError(long line, String column, String message) {

        @Override
        public String toString() {
            return "line " + line + (column == null ? "" : ", column " + column) + ": " + message;
        }
    }

    /** The fields read, and every problem found; the fields are only to be used when there is no problem. */
    public record Parsed(List<FieldSpec> fields, List<LineError> errors, Map<String, Long> lines) {

        /** The line a key was read from, to report a problem found later (e.g. a key the request has). */
        public long lineOf(String key) {
            return lines.getOrDefault(key, 0L);
        }
    }

    private FieldCsv() {
    }

    /** Reads a trusted file (the shipped example); any problem is a programming error. */
    public static List<FieldSpec> read(Reader reader) {
        Parsed parsed = parse(reader);
        if (!parsed.errors().isEmpty()) {
            throw new IllegalArgumentException("bad field list: " + parsed.errors());
        }
        return parsed.fields();
    }

    public static Parsed parse(String text) {
        return parse(new StringReader(text));
    }

    public static Parsed parse(Reader reader) {
        List<FieldSpec> fields = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        Map<String, Long> lines = new HashMap<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(reader)) {
            int[] columns = null;
            Set<String> keys = new HashSet<>();
            for (CsvRecord record : csv) {
                if (columns == null) {
                    columns = header(record, errors);
                    if (columns == null) {
                        return new Parsed(List.of(), errors, lines);
                    }
                    continue;
                }
                FieldSpec spec = row(record, columns, errors);
                if (spec != null && !keys.add(spec.key())) {
                    errors.add(new LineError(record.getStartingLineNumber(), "key",
                            "the key \u201c" + spec.key() + "\u201d appears twice in the file"));
                } else if (spec != null) {
                    fields.add(spec);
                    lines.put(spec.key(), record.getStartingLineNumber());
                }
            }
            if (columns == null || (fields.isEmpty() && errors.isEmpty())) {
                errors.add(new LineError(1, null, "the file has no fields: expected a header row "
                        + String.join(",", COLUMNS) + " and one row per field"));
            }
        } catch (CsvParseException e) {
            errors.add(new LineError(errors.isEmpty() ? 1 : errors.get(errors.size() - 1).line(), null,
                    "the file is not well-formed CSV: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Parsed(fields, errors, lines);
    }

    /** The index of each expected column in the header row, or null (with an error) when one is missing. */
    private static int[] header(CsvRecord record, List<LineError> errors) {
        List<String> names = record.getFields().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        int[] columns = columnsOf(names);
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (columns[i] < 0) {
                errors.add(new LineError(record.getStartingLineNumber(), COLUMNS.get(i),
                        "the header row has no column \u201c" + COLUMNS.get(i) + "\u201d (expected "
                                + String.join(",", COLUMNS) + ")"));
            }
        }
        return errors.isEmpty() ? columns : null;
    }

    private static FieldSpec row(CsvRecord record, int[] columns, List<LineError> errors) {
        long line = record.getStartingLineNumber();
        int before = errors.size();
        String[] value = new String[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            value[i] = columns[i] < record.getFieldCount() ? record.getField(columns[i]).strip() : "";
        }
        Integer position = null;
        try {
            position = Integer.parseInt(value[0]);
            if (position < 1 || position > 10_000) {
                errors.add(new LineError(line, "position", "expected a whole number from 1 to 10000"));
            }
        } catch (NumberFormatException e) {
            errors.add(new LineError(line, "position", "expected a whole number, not \u201c" + value[0] + "\u201d"));
        }
        FieldRules.key(value[1]).ifPresent(message -> errors.add(new LineError(line, "key", message)));
        FieldRules.label(value[2]).ifPresent(message -> errors.add(new LineError(line, "label", message)));
        FieldRules.wording(value[3]).ifPresent(message -> errors.add(new LineError(line, "wording", message)));
        Sensitivity sensitivity = Sensitivity.parse(value[4]).orElse(null);
        if (sensitivity == null) {
            errors.add(new LineError(line, "sensitivity", "expected PUBLIC, RESTRICTED or PROTECTED, not \u201c"
                    + value[4] + "\u201d"));
        }
        return errors.size() > before ? null : new FieldSpec(position, value[1], value[2], value[3], sensitivity);
    }
}
