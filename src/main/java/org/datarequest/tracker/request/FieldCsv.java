package org.datarequest.tracker.request;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a list of requested fields in the {@code position,key,label,wording,sensitivity} format. */
public final class FieldCsv {

    private FieldCsv() {
    }

    public static List<FieldSpec> read(Reader reader) {
        List<FieldSpec> fields = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(reader)) {
            for (NamedCsvRecord record : csv) {
                fields.add(new FieldSpec(Integer.parseInt(record.getField("position").strip()),
                        record.getField("key").strip(),
                        record.getField("label").strip(),
                        record.getField("wording").strip(),
                        Sensitivity.parse(record.getField("sensitivity")).orElseThrow(() ->
                                new IllegalArgumentException("unknown sensitivity on line "
                                        + record.getStartingLineNumber()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }
}
