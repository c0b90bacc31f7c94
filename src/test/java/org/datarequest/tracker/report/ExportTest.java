package org.datarequest.tracker.report;

import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.Saving;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.datarequest.tracker.Csv;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.ChangeRecorder;
import org.datarequest.tracker.cell.Cell;
import org.datarequest.tracker.cell.Status;
import org.junit.jupiter.api.Test;

/** The three exports of PRODUCT.md section 7: exact headers, row counts, quoting, BOM and formula safety. */
@QuarkusTest
class ExportTest {

    private static final String EXAMPLE = "/requests/pacei-2017/export/";

    @Inject
    TestRequests requests;

    @Inject
    ChangeRecorder recorder;

    @Test
    void longExportOfTheExampleHasTheExactHeaderAndOneRowPerCell() {
        List<List<String>> records = Csv.records(EXAMPLE + "long.csv");
        assertEquals(List.of("request", "jurisdiction", "jurisdiction_name", "field", "field_label", "status",
                "status_label", "effective_date", "note", "legal_basis", "conditions", "source_url", "source_title",
                "verified_at", "recorded_at", "recorded_by", "litigation"), records.get(0));
        assertEquals(663, records.size() - 1);
    }

    @Test
    void wideExportOfTheExampleHasOneRowPerJurisdictionAndOneColumnPerFieldInOrder() {
        List<List<String>> records = Csv.records(EXAMPLE + "wide.csv");
        assertEquals(List.of("jurisdiction", "jurisdiction_name", "stance", "litigation"), records.get(0).subList(0, 4));
        assertEquals(4 + 13, records.get(0).size());
        assertEquals(51, records.size() - 1);
        List<String> newYork = records.stream().filter(row -> row.get(0).equals("NY")).findFirst().orElseThrow();
        assertEquals("REFUSED", newYork.get(2));
    }

    @Test
    void changeLogExportHasTheExactHeader() {
        List<List<String>> records = Csv.records(EXAMPLE + "changes.csv");
        assertEquals(List.of("change_id", "change_set", "request", "jurisdiction", "field", "from_status",
                "to_status", "effective_date", "recorded_at", "recorded_by", "backdated", "note", "legal_basis",
                "conditions", "source_url", "source_title"), records.get(0));
        assertTrue(records.size() > 1);
    }

    @Test
    void exportsHonourTheMatrixFilters() {
        assertEquals(3, Csv.records(EXAMPLE + "wide.csv?stance=REFUSED").size() - 1);
        assertEquals(3 * 13, Csv.records(EXAMPLE + "long.csv?stance=REFUSED").size() - 1);
        assertEquals(51, Csv.records(EXAMPLE + "long.csv?sensitivity=PROTECTED").size() - 1);
        List<List<String>> refusedChanges = Csv.records(EXAMPLE + "changes.csv?stance=REFUSED");
        assertTrue(refusedChanges.stream().skip(1).allMatch(row -> List.of("NY", "CA", "VA").contains(row.get(3))));
    }

    @Test
    void exportsKeepTheMatrixOrderAndItsFieldFilter() {
        List<List<String>> byStance = Csv.records(EXAMPLE + "wide.csv?sort=stance");
        assertEquals(java.util.Set.of("CA", "NY", "VA"), java.util.Set.of(byStance.get(1).get(0), byStance.get(2).get(0),
                byStance.get(3).get(0)));
        assertEquals("CT", byStance.get(4).get(0));
        List<List<String>> ssnWithheld = Csv.records(EXAMPLE + "long.csv?status=WITHHELD_BY_LAW&field=ssn_last4");
        assertEquals(1, ssnWithheld.size() - 1);
        assertEquals(List.of("CT", "ssn_last4", "WITHHELD_BY_LAW"), List.of(ssnWithheld.get(1).get(1),
                ssnWithheld.get(1).get(3), ssnWithheld.get(1).get(5)));
    }

    @Test
    void anExportAsOfADayBeforeAnyChangeShowsNoResponseEverywhere() {
        List<List<String>> records = Csv.records(EXAMPLE + "long.csv?asOf=2017-06-27");
        assertEquals(663, records.size() - 1);
        assertTrue(records.stream().skip(1).allMatch(row -> row.get(5).equals("NO_RESPONSE")));
        assertEquals(1, Csv.records(EXAMPLE + "changes.csv?asOf=2017-06-27").size());
    }

    @Test
    void theFileNameNamesTheRequestAndTheDay() {
        given().when().get(EXAMPLE + "wide.csv?asOf=2017-07-01").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"pacei-2017-wide-2017-07-01.csv\"")
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv"));
    }

    @Test
    void linesEndInCrLfAndBomIsOnlyThereWhenAskedFor() {
        byte[] plain = Csv.bytes(EXAMPLE + "wide.csv");
        byte[] withBom = Csv.bytes(EXAMPLE + "wide.csv?bom=true");
        assertEquals('j', plain[0]);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(withBom, 3));
        String text = new String(plain, StandardCharsets.UTF_8);
        assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length);
    }

    @Test
    void aNoteWithCommasQuotesAndNewlinesIsQuotedAndReadsBackTheSame() {
        DataRequest request = requests.create(1, List.of("TX"));
        String note = "Fee of $5,000, \"per request\"\nsecond line";
        record(request, new CellValue(Status.CONDITIONAL, LocalDate.of(2025, 3, 5), note, null, "a fee", null, "Letter"));
        String text = Csv.text("/requests/" + request.slug + "/export/long.csv");
        assertTrue(text.contains("\"Fee of $5,000, \"\"per request\"\"\nsecond line\""), text);
        assertEquals(note, Csv.parse(text).get(1).get(8));
    }

    @Test
    void formulasAreNeutralisedInEveryExport() {
        DataRequest request = requests.create(1, List.of("TX"));
        record(request, new CellValue(Status.REFUSED, LocalDate.of(2025, 3, 5), "=HYPERLINK(\"http://x\")",
                "+1", "-2", null, "@SUM(A1)"));
        List<String> row = Csv.records("/requests/" + request.slug + "/export/long.csv").get(1);
        assertEquals("'=HYPERLINK(\"http://x\")", row.get(8));
        assertEquals("'+1", row.get(9));
        assertEquals("'-2", row.get(10));
        assertEquals("'@SUM(A1)", row.get(12));
        assertEquals("'=HYPERLINK(\"http://x\")", Csv.records("/requests/" + request.slug + "/export/changes.csv")
                .get(1).get(11));
    }

    @Test
    void badParametersAreA400() {
        given().when().get(EXAMPLE + "wide.csv?bom=maybe").then().statusCode(400);
        given().when().get(EXAMPLE + "long.csv?asOf=yesterday").then().statusCode(400);
        given().when().get(EXAMPLE + "changes.csv?field=nope").then().statusCode(400);
        given().when().get("/requests/no-such/export/long.csv").then().statusCode(404);
    }

    @Test
    void changeLogExportTakesTheHistoryFilters() {
        DataRequest request = requests.create(2, List.of("TX", "NY"));
        record(request, new CellValue(Status.REFUSED, LocalDate.of(2025, 3, 5), null, null, null, null, "One"));
        record(request, new CellValue(Status.PROVIDED, LocalDate.of(2025, 3, 9), null, null, null, null, "Two"));
        String base = "/requests/" + request.slug + "/export/changes.csv";
        assertEquals(2, Csv.records(base).size() - 1);
        assertEquals(1, Csv.records(base + "?from=2025-03-06").size() - 1);
        assertEquals(1, Csv.records(base + "?status=REFUSED").size() - 1);
        assertEquals(0, Csv.records(base + "?jurisdiction=NY").size() - 1);
        assertFalse(Csv.text(base + "?asOf=2025-03-06").contains("PROVIDED"));
    }

    private void record(DataRequest request, CellValue value) {
        QuarkusTransaction.requiringNew().run(() -> {
            RequestedField field = RequestedField.activeOf(DataRequest.findById(request.id)).get(0);
            recorder.record(Cell.find(field, "TX").orElseThrow(), value, Saving.by("tester", ChangeSet.Method.FORM, null));
        });
    }
}
