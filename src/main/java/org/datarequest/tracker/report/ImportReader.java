package org.datarequest.tracker.report;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.cell.CellInput;
import org.datarequest.tracker.cell.CellValidator;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.Status;

/**
 * Reads the long format back (PRODUCT.md section 7): only {@code jurisdiction}, {@code field} and {@code status}
 * are required, {@code field} may be {@code *} for every field, and each row obeys the same rules as a form
 * (one {@link CellValidator}). Every problem is collected with its line and column; nothing stops at the first.
 */
@ApplicationScoped
public class ImportReader {

    public static final int MAX_ROWS = 10_000;

    /** One cell to set, from one line of the file ({@code dated} false when the file left the date empty). */
    public record Row(long line, String jurisdictionCode, RequestedField field, CellValue value, boolean dated) {
    }

    public record Result(List<Row> rows, List<ImportError> errors, List<String> ignoredColumns) {
    }

    private static final Pattern PARSE_LINE = Pattern.compile("record starting at line (\\d+)");

    private final CellValidator validator;

    public ImportReader(CellValidator validator) {
        this.validator = validator;
    }

    /**
     * @param fields  the request's active fields, in order
     * @param covered the codes of the jurisdictions the request covers
     */
    public Result read(String text, DataRequest request, List<RequestedField> fields, Collection<String> covered) {
        List<Row> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        ImportColumns columns = null;
        CsvReader<CsvRecord> reader = CsvReader.builder().allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(text);
        try (reader) {
            for (CsvRecord record : reader) {
                if (columns == null) {
                    columns = ImportColumns.of(record.getFields(), errors);
                    if (!errors.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (rows.size() + errors.size() >= MAX_ROWS) {
                    errors.add(ImportError.ofLine(record.getStartingLineNumber(), "The file has more than "
                            + MAX_ROWS + " rows; import it in parts."));
                    break;
                }
                readRow(record, columns, request, fields, covered, seen, rows, errors);
            }
        } catch (CsvParseException e) {
            errors.add(malformed(e));
        } catch (IOException e) {
            errors.add(ImportError.ofFile("The file could not be read."));
        }
        if (columns != null && errors.isEmpty() && rows.isEmpty()) {
            errors.add(ImportError.ofLine(2, "The file has a header but no rows."));
        }
        return new Result(rows, errors, columns == null ? List.of() : columns.ignored());
    }

    private void readRow(CsvRecord record, ImportColumns columns, DataRequest request, List<RequestedField> fields,
                         Collection<String> covered, Map<String, Long> seen, List<Row> rows, List<ImportError> errors) {
        long line = record.getStartingLineNumber();
        if (record.getFieldCount() != columns.size()) {
            errors.add(ImportError.ofLine(line, "This row has " + record.getFieldCount()
                    + " values where the header has " + columns.size() + "."));
            return;
        }
        int before = errors.size();
        String code = columns.value(record, "jurisdiction");
        if (code == null) {
            errors.add(columns.error(line, "jurisdiction", "A jurisdiction code is required."));
        } else if (!covered.contains(code.toUpperCase(Locale.ROOT))) {
            errors.add(columns.error(line, "jurisdiction", "“" + code + "” is not a jurisdiction this request covers."));
        }
        List<RequestedField> targets = targets(columns.value(record, "field"), fields, columns, line, errors);
        String status = columns.value(record, "status");
        if (status == null) {
            errors.add(columns.error(line, "status", "A status is required."));
        } else if (Status.parse(status).isEmpty()) {
            errors.add(columns.error(line, "status", "“" + status + "” is not a status; use a code such as REFUSED"
                    + " or a label such as Refused."));
        }
        CellInput input = new CellInput(status, columns.value(record, "effective_date"), columns.value(record, "note"),
                columns.value(record, "legal_basis"), columns.value(record, "conditions"),
                columns.value(record, "source_url"), columns.value(record, "source_title"));
        CellValidator.Validated validated = validator.validate(request, input);
        validated.errors().asMap().forEach((property, message) -> {
            if (!property.equals("status")) {
                errors.add(columns.error(line, ImportColumns.columnOf(property), message));
            }
        });
        if (errors.size() > before) {
            return;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        for (RequestedField field : targets) {
            LocalDate day = validated.value().effectiveDate();
            Long earlier = seen.putIfAbsent(upper + "/" + field.key + "/" + day, line);
            if (earlier != null) {
                errors.add(columns.error(line, "field", "Line " + earlier + " already sets " + upper + " / "
                        + field.key + " for " + day + "."));
            } else {
                rows.add(new Row(line, upper, field, validated.value(), input.effectiveDate() != null));
            }
        }
    }

    private static List<RequestedField> targets(String key, List<RequestedField> fields, ImportColumns columns,
                                                long line, List<ImportError> errors) {
        if (key == null) {
            errors.add(columns.error(line, "field", "A field key (or * for every field) is required."));
            return List.of();
        }
        if (key.equals("*")) {
            return fields;
        }
        for (RequestedField field : fields) {
            if (field.key.equals(key)) {
                return List.of(field);
            }
        }
        errors.add(columns.error(line, "field", "“" + key + "” is not a field of this request."));
        return List.of();
    }

    private static ImportError malformed(CsvParseException e) {
        Matcher at = PARSE_LINE.matcher(String.valueOf(e.getMessage()));
        long line = at.find() ? Long.parseLong(at.group(1)) : 1;
        String problem = String.valueOf(e.getMessage()).replaceAll("\\s*\\(record starting at line \\d+\\)", "");
        return ImportError.ofLine(line, "The CSV is malformed here (" + problem + "); nothing after it was read."
                + " A value with commas, quotes or line breaks must be in double quotes, its quotes doubled.");
    }
}
