package org.datarequest.tracker;

import static io.restassured.RestAssured.given;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Downloads a CSV export and reads it back with the same library, so tests compare cells, not bytes. */
public final class Csv {

    private Csv() {
    }

    /** The raw bytes of a download that must answer 200. */
    public static byte[] bytes(String path) {
        return given().when().get(path).then().statusCode(200).extract().asByteArray();
    }

    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** Every record, header first. */
    public static List<List<String>> records(String path) {
        return parse(text(path));
    }

    public static List<List<String>> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(body)) {
            return reader.stream().map(CsvRecord::getFields).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
