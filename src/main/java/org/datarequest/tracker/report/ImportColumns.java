package org.datarequest.tracker.report;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The header of an uploaded file: which known column sits where, and which columns are ignored. */
final class ImportColumns {

    static final List<String> REQUIRED = List.of("jurisdiction", "field", "status");
    static final Set<String> READ = Set.of("jurisdiction", "field", "status", "effective_date", "note", "legal_basis",
            "conditions", "source_url", "source_title");
    /**
     * Columns of the export that describe a cell but are not set by an import (names, labels, who and when, and
     * the jurisdiction's litigation status, which has its own form and API).
     */
    static final Set<String> INFORMATIVE = Set.of("request", "jurisdiction_name", "field_label", "status_label",
            "verified_at", "recorded_at", "recorded_by", "litigation");

    private final Map<String, Integer> positions;
    private final int size;
    private final List<String> ignored;

    private ImportColumns(Map<String, Integer> positions, int size, List<String> ignored) {
        this.positions = positions;
        this.size = size;
        this.ignored = ignored;
    }

    /** Reads the header, adding an error for each missing required column or repeated name. */
    static ImportColumns of(List<String> header, List<ImportError> errors) {
        Map<String, Integer> positions = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (positions.putIfAbsent(name, i) != null) {
                errors.add(new ImportError(1, i + 1, name, "The column “" + name + "” appears twice."));
            } else if (!READ.contains(name) && !INFORMATIVE.contains(name)) {
                ignored.add(header.get(i));
            }
        }
        for (String required : REQUIRED) {
            if (!positions.containsKey(required)) {
                errors.add(new ImportError(1, 0, required, "The header has no column “" + required
                        + "”; the first line must name the columns, e.g. jurisdiction,field,status."));
            }
        }
        return new ImportColumns(positions, header.size(), ignored);
    }

    int size() {
        return size;
    }

    List<String> ignored() {
        return ignored;
    }

    /** A cell's text with the spreadsheet formula guard removed, or null when blank or the column is absent. */
    String value(CsvRecord record, String name) {
        Integer position = positions.get(name);
        if (position == null) {
            return null;
        }
        String text = SpreadsheetSafe.restore(record.getField(position));
        return text == null || text.isBlank() ? null : text.strip();
    }

    ImportError error(long line, String name, String message) {
        Integer position = positions.get(name);
        return new ImportError(line, position == null ? 0 : position + 1, name, message);
    }

    /** The CSV column of a property of {@code CellInput}, whose messages are keyed by property name. */
    static String columnOf(String property) {
        return switch (property) {
            case "effectiveDate" -> "effective_date";
            case "legalBasis" -> "legal_basis";
            case "sourceUrl" -> "source_url";
            case "sourceTitle" -> "source_title";
            default -> property;
        };
    }
}
