package org.datarequest.tracker.report;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.communication.CommunicationEditor;
import org.datarequest.tracker.communication.CommunicationForm;
import org.datarequest.tracker.communication.Communications;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.web.FormErrors;

/**
 * Communications as CSV, in the columns the export writes and the import reads: {@code date, precision, kind,
 * direction, jurisdiction, title, speaker, office, quote, source_url, source_title}. The import checks every row
 * with the rules of the communication form before anything is written, and applies all rows or none. A row that
 * says what a communication of the request already says (same date, precision, kind, jurisdiction, title and
 * source) is left out, so importing a file twice writes nothing the second time.
 */
@ApplicationScoped
public class CommunicationCsv {

    public static final List<String> COLUMNS = List.of("date", "precision", "kind", "direction", "jurisdiction",
            "title", "speaker", "office", "quote", "source_url", "source_title");
    public static final int MAX_ROWS = 5000;

    /** One row of the file, as typed, with whether the request already holds it. */
    public record Row(long line, CommunicationForm form, boolean known) {
    }

    /** What a file would do: its rows, its errors (when any, nothing can be applied), columns it ignores. */
    public record Result(List<Row> rows, List<ImportError> errors, List<String> ignored) {

        public long added() {
            return rows.stream().filter(row -> !row.known()).count();
        }

        public boolean canApply() {
            return errors.isEmpty() && added() > 0;
        }
    }

    private final CommunicationEditor editor;

    public CommunicationCsv(CommunicationEditor editor) {
        this.editor = editor;
    }

    /** The export's row for one communication. */
    public static List<String> row(Communication c) {
        return java.util.Arrays.asList(c.dateIso(), c.precision.name(), c.kind.name(), c.direction.name(),
                c.jurisdiction == null ? "" : c.jurisdiction.code, c.title, c.speaker, c.office, c.quote,
                c.sourceUrl, c.sourceTitle);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Result read(DataRequest request, byte[] bytes) {
        UploadedCsv decoded = UploadedCsv.decode(bytes);
        if (!decoded.ok()) {
            return new Result(List.of(), List.of(decoded.error()), List.of());
        }
        Set<String> existing = new HashSet<>();
        Communications.of(request, null).forEach(c -> existing.add(identity(row(c))));
        List<Row> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        int[] index = null;
        Set<String> inFile = new HashSet<>();
        CsvReader<CsvRecord> reader = CsvReader.builder().allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(decoded.text());
        try (reader) {
            for (CsvRecord record : reader) {
                long line = record.getStartingLineNumber();
                if (index == null) {
                    index = header(record.getFields(), errors, ignored);
                    if (!errors.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    errors.add(ImportError.ofLine(line, "The file has more than " + MAX_ROWS + " rows; import it in parts."));
                    break;
                }
                if (record.getFieldCount() != index.length + ignored.size()
                        && record.getFieldCount() < maxIndex(index) + 1) {
                    errors.add(ImportError.ofLine(line, "This row has " + record.getFieldCount() + " values where"
                            + " the header has " + (index.length + ignored.size()) + "."));
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (int column : index) {
                    values.add(column < record.getFieldCount() ? record.getField(column) : "");
                }
                CommunicationForm form = form(values);
                FormErrors problems = editor.check(form, new FormErrors());
                for (var problem : problems.entries()) {
                    int column = columnOf(problem.getKey());
                    errors.add(new ImportError(line, index[column] + 1, COLUMNS.get(column), problem.getValue()));
                }
                if (problems.isEmpty()) {
                    String key = identity(normal(form, values));
                    boolean known = existing.contains(key) || !inFile.add(key);
                    rows.add(new Row(line, form, known));
                }
            }
        } catch (CsvParseException e) {
            errors.add(ImportError.ofFile("The file is not well-formed CSV: " + e.getMessage()));
        } catch (IOException e) {
            errors.add(ImportError.ofFile("The file could not be read."));
        }
        if (index != null && errors.isEmpty() && rows.isEmpty()) {
            errors.add(ImportError.ofLine(2, "The file has a header but no rows."));
        }
        return new Result(rows, errors, ignored);
    }

    /** Adds every new row in one transaction, or nothing when any row fails. */
    @Transactional
    public int apply(DataRequest request, byte[] bytes, String user) {
        Result result = read(request, bytes);
        if (!result.errors().isEmpty()) {
            throw new org.datarequest.tracker.web.InvalidInput(new FormErrors().add("file",
                    "The file no longer passes the checks; upload it again."));
        }
        int added = 0;
        for (Row row : result.rows()) {
            if (!row.known()) {
                editor.add(request, row.form(), user);
                added++;
            }
        }
        return added;
    }

    private static int[] header(List<String> names, List<ImportError> errors, List<String> ignored) {
        int[] index = new int[COLUMNS.size()];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            int at = COLUMNS.indexOf(name);
            if (at < 0) {
                ignored.add(names.get(i));
            } else if (index[at] >= 0) {
                errors.add(new ImportError(1, i + 1, name, "The column \u201c" + name + "\u201d appears twice."));
            } else {
                index[at] = i;
            }
        }
        for (int at = 0; at < index.length; at++) {
            if (index[at] < 0) {
                errors.add(ImportError.ofLine(1, "The header lacks the column \u201c" + COLUMNS.get(at)
                        + "\u201d; the columns are " + String.join(", ", COLUMNS) + "."));
            }
        }
        return index;
    }

    private static int maxIndex(int[] index) {
        return java.util.Arrays.stream(index).max().orElse(0);
    }

    private static int columnOf(String formField) {
        return switch (formField) {
            case "precision" -> 1;
            case "kind" -> 2;
            case "direction" -> 3;
            case "jurisdiction" -> 4;
            case "title" -> 5;
            case "speaker" -> 6;
            case "office" -> 7;
            case "quote" -> 8;
            case "sourceUrl" -> 9;
            case "sourceTitle" -> 10;
            default -> 0;
        };
    }

    private static CommunicationForm form(List<String> values) {
        CommunicationForm form = new CommunicationForm();
        form.date = values.get(0);
        form.precision = values.get(1);
        form.kind = values.get(2);
        form.direction = values.get(3);
        form.jurisdiction = values.get(4).isBlank() ? null : values.get(4).strip().toUpperCase(Locale.ROOT);
        form.title = values.get(5);
        form.speaker = values.get(6);
        form.office = values.get(7);
        form.quote = values.get(8);
        form.sourceUrl = values.get(9);
        form.sourceTitle = values.get(10);
        return form;
    }

    /** The row's values with its date and precision written as the export writes them. */
    private static List<String> normal(CommunicationForm form, List<String> values) {
        List<String> normal = new ArrayList<>(values);
        var precision = org.datarequest.tracker.communication.DatePrecision.parse(form.precision).orElseThrow();
        normal.set(0, precision.iso(precision.parseDate(form.date).orElseThrow()));
        normal.set(1, precision.name());
        normal.set(4, form.jurisdiction == null ? "" : form.jurisdiction);
        normal.set(9, form.sourceUrl == null ? "" : form.sourceUrl);
        normal.set(5, form.title == null ? "" : form.title);
        return normal;
    }

    /** What makes two rows the same communication: date, precision, kind, jurisdiction, title, source address. */
    private static String identity(List<String> values) {
        StringBuilder key = new StringBuilder();
        for (int column : new int[] {0, 1, 2, 4, 5, 9}) {
            String value = values.get(column) == null ? "" : values.get(column).strip();
            key.append(column == 1 || column == 2 || column == 4 ? value.toUpperCase(Locale.ROOT) : value)
                    .append('\u001f');
        }
        return key.toString();
    }
}
