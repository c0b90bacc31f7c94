package org.datarequest.tracker.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.cell.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The data package is a valid Frictionless tabular data package: its descriptor follows the Data Package and
 * Table Schema rules, and every row of every CSV matches its schema (columns, types, formats, enums, required).
 */
@QuarkusTest
class DataPackageTest {

    /** The Table Schema field types (specs.frictionlessdata.io/table-schema). */
    static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "object", "array", "date",
            "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any");
    static final Pattern NAME = Pattern.compile("^([-a-z0-9._/])+$");
    static final Pattern MICROS = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{1,6}Z");

    @Inject
    TestRequests requests;

    @Inject
    TestAccounts accounts;

    String slug;

    @BeforeEach
    void aRequestWithChanges() {
        slug = requests.create(3, List.of("NY", "TX")).slug;
        accounts.ensure("package-editor", Role.editor);
        set("NY", "f1", "REFUSED", "2025-03-05", "=HYPERLINK(\"x\")");
        set("TX", "f2", "WILL_PROVIDE", "2025-03-07", "public data only");
        given().auth().preemptive().basic("package-editor", TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("kind", "LETTER", "date", "2025-03", "precision", "MONTH", "jurisdiction", "NY",
                        "title", "=The department writes to New York"))
                .post("/api/requests/" + slug + "/communications").then().statusCode(201);
    }

    void set(String code, String field, String status, String day, String note) {
        given().auth().preemptive().basic("package-editor", TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", status, "effectiveDate", day, "sourceUrl", "https://example.org/s", "note", note,
                        "version", 0))
                .put("/api/requests/" + slug + "/cells/" + code + "/" + field).then().statusCode(200);
    }

    Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void everyFileMatchesItsTableSchemaAndTheDescriptorFollowsTheSpec() throws Exception {
        byte[] zip = given().get("/requests/" + slug + "/export/datapackage.zip").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> files = unzip(zip);
        JsonNode pkg = new ObjectMapper().readTree(files.get("datapackage.json"));
        assertEquals("tabular-data-package", pkg.get("profile").asText());
        assertTrue(NAME.matcher(pkg.get("name").asText()).matches());
        assertEquals(LocalDate.now(java.time.ZoneId.of("America/New_York")).toString(), pkg.get("asOf").asText());
        assertTrue(pkg.at("/licenses/0/name").isTextual() && pkg.at("/licenses/0/path").asText().startsWith("https://"));
        assertTrue(pkg.at("/sources/0/path").asText().endsWith("/requests/" + slug));
        List<String> names = new ArrayList<>();
        int rows = 0;
        for (JsonNode resource : pkg.get("resources")) {
            names.add(resource.get("name").asText());
            assertTrue(NAME.matcher(resource.get("name").asText()).matches());
            assertEquals("tabular-data-resource", resource.get("profile").asText());
            byte[] csv = files.get(resource.get("path").asText());
            assertTrue(csv != null, resource.get("path").asText() + " is in the zip");
            rows += checkRows(resource, new String(csv, StandardCharsets.UTF_8));
        }
        assertEquals(List.of("wide", "long", "changes", "communications"), names);
        assertEquals(2 + 6 + 2 + 1, rows);
        String communications = new String(files.get("communications.csv"), StandardCharsets.UTF_8);
        assertTrue(communications.contains("2025-03,MONTH,LETTER,TO_JURISDICTION,NY,'=The department"),
                communications);
    }

    @Test
    void theStatusVocabularyIsTheApplicationsAndAsOfIsHonoured() throws Exception {
        Map<String, byte[]> files = unzip(given().get("/requests/" + slug + "/export/datapackage.zip?asOf=2025-03-06")
                .then().statusCode(200).extract().asByteArray());
        JsonNode pkg = new ObjectMapper().readTree(files.get("datapackage.json"));
        assertEquals("2025-03-06", pkg.get("asOf").asText());
        JsonNode status = pkg.at("/resources/1/schema/fields/5");
        assertEquals("status", status.get("name").asText());
        List<String> vocabulary = new ArrayList<>();
        status.at("/constraints/enum").forEach(value -> vocabulary.add(value.asText()));
        assertEquals(Arrays.stream(Status.values()).map(Enum::name).toList(), vocabulary);
        String changes = new String(files.get("changes.csv"), StandardCharsets.UTF_8);
        assertTrue(changes.contains(",REFUSED,") && !changes.contains("WILL_PROVIDE"), "only changes effective by then");
        assertTrue(!new String(files.get("communications.csv"), StandardCharsets.UTF_8).contains("LETTER"),
                "a letter of March 2025 counts from 31 March");
        given().get("/requests/" + slug + "/export/datapackage.zip?asOf=nope").then().statusCode(400);
        given().get("/requests/" + slug + "?asOf=2025-03-06").then().statusCode(200).body(org.hamcrest.Matchers.containsString(
                "href=\"/requests/" + slug + "/export/datapackage.zip?asOf=2025-03-06\" download"));
    }

    /** Checks each row against the resource's schema; returns how many data rows there were. */
    static int checkRows(JsonNode resource, String csv) {
        JsonNode fields = resource.at("/schema/fields");
        Set<String> missing = new HashSet<>();
        resource.at("/schema/missingValues").forEach(value -> missing.add(value.asText()));
        List<String> declared = new ArrayList<>();
        Set<String> unique = new HashSet<>();
        for (JsonNode field : fields) {
            assertTrue(TYPES.contains(field.get("type").asText()), field.toString());
            assertTrue(unique.add(field.get("name").asText()), "field names are unique");
            declared.add(field.get("name").asText());
        }
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(csv).stream().toList();
        assertEquals(declared, records.get(0).getFields(), resource.get("name") + ": the header is the schema");
        for (CsvRecord record : records.subList(1, records.size())) {
            assertEquals(declared.size(), record.getFieldCount());
            for (int i = 0; i < declared.size(); i++) {
                String value = record.getField(i);
                JsonNode field = fields.get(i);
                String where = resource.get("name").asText() + " line " + record.getStartingLineNumber() + " "
                        + declared.get(i) + "=" + value;
                if (missing.contains(value)) {
                    assertFalse(field.at("/constraints/required").asBoolean(false), where + " is required");
                    continue;
                }
                switch (field.get("type").asText()) {
                    case "integer" -> Long.parseLong(value);
                    case "date" -> LocalDate.parse(value);
                    case "datetime" -> assertTrue(MICROS.matcher(value).matches(), where);
                    case "boolean" -> assertTrue(Set.of("true", "false").contains(value), where);
                    case "string" -> { }
                    default -> fail("no check for " + field.get("type"));
                }
                if (field.at("/constraints/enum").isArray()) {
                    Set<String> allowed = new HashSet<>();
                    field.at("/constraints/enum").forEach(one -> allowed.add(one.asText()));
                    assertTrue(allowed.contains(value), where + " is in the enum");
                }
            }
        }
        return records.size() - 1;
    }
}
