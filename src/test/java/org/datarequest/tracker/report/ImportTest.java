package org.datarequest.tracker.report;

import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.Saving;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.Csv;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.ChangeRecorder;
import org.datarequest.tracker.cell.Cell;
import org.datarequest.tracker.cell.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CSV import: preview with every error located, all-or-nothing apply, formula prefix undone, conflicts. */
@QuarkusTest
@TestSecurity(user = "ed", roles = {"viewer", "editor"})
class ImportTest {

    static final String HEADER = "jurisdiction,field,status,effective_date,note,source_url,source_title\r\n";

    @Inject
    TestRequests requests;

    @Inject
    ChangeRecorder recorder;

    private DataRequest request;

    @BeforeEach
    void twoFieldsTwoStates() {
        request = requests.create(2, List.of("TX", "NY"));
    }

    @Test
    void everyErrorIsReportedWithItsLineAndColumnAndNothingIsWritten() {
        String file = HEADER
                + "ZZ,f1,REFUSED,2025-03-05,,,Letter\r\n"                 // 2: unknown jurisdiction
                + "TX,nope,REFUSED,2025-03-05,,,Letter\r\n"               // 3: field not in the request
                + "TX,f1,MAYBE,2025-03-05,,,Letter\r\n"                   // 4: unknown status
                + "TX,f1,REFUSED,2025-02-30,,,Letter\r\n"                 // 5: bad date
                + "TX,f1,REFUSED,2025-03-05,,,\r\n"                       // 6: missing source
                + "TX,f1,REFUSED,2025-03-05," + "n".repeat(2001) + ",,Letter\r\n" // 7: over-long note
                + "TX,f2,REFUSED,2025-03-05,,ftp://example.org/x,\r\n"    // 8: not an http(s) address
                + "NY,f1,REFUSED,2025-03-05,,,Letter\r\n"                 // 9: fine
                + "NY,f1,REFUSED,2025-03-05,,,Letter\r\n"                 // 10: duplicate of line 9
                + "NY,f2,REFUSED,2025-02-01,,,Letter\r\n"                 // 11: before the request was sent
                + "NY,f2,REFUSED\r\n";                                    // 12: too few values
        ImportClient.Preview preview = ImportClient.preview(request.slug, file);
        List<String> errors = preview.errors();
        assertEquals(10, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).startsWith("2 1 (jurisdiction)"), errors.get(0));
        assertTrue(errors.get(1).startsWith("3 2 (field)") && errors.get(1).contains("nope"), errors.get(1));
        assertTrue(errors.get(2).startsWith("4 3 (status)") && errors.get(2).contains("MAYBE"), errors.get(2));
        assertTrue(errors.get(3).startsWith("5 4 (effective_date)"), errors.get(3));
        assertTrue(errors.get(4).startsWith("6 6 (source_url)"), errors.get(4));
        assertTrue(errors.get(5).startsWith("7 5 (note)") && errors.get(5).contains("2000"), errors.get(5));
        assertTrue(errors.get(6).startsWith("8 6 (source_url)"), errors.get(6));
        assertTrue(errors.get(7).startsWith("10 2 (field)") && errors.get(7).contains("Line 9"), errors.get(7));
        assertTrue(errors.get(8).startsWith("11 4 (effective_date)"), errors.get(8));
        assertTrue(errors.get(9).startsWith("12") && errors.get(9).contains("3 values"), errors.get(9));
        assertFalse(preview.canApply());
        assertEquals(0, changesOf(request));
    }

    @Test
    void aFutureDateIsAnError() {
        String file = HEADER + "TX,f1,REFUSED," + LocalDate.now().plusDays(3) + ",,,Letter\r\n";
        assertTrue(ImportClient.preview(request.slug, file).errors().get(0).startsWith("2 4 (effective_date)"));
    }

    @Test
    void fileLevelProblemsAreReported() {
        assertTrue(only(new byte[0]).contains("empty"));
        assertTrue(only("jurisdiction,status\r\nTX,REFUSED\r\n").contains("no column “field”"));
        assertTrue(only(HEADER).contains("no rows"));
        assertTrue(only(HEADER + "TX,f1,REFUSED,2025-03-05,\"unclosed,,Letter\r\n").startsWith("2 "));
        assertTrue(only(HEADER + "TX,f1,REFUSED,2025-03-05,\"a\"b,,Letter\r\n").contains("malformed"));
        byte[] latin1 = (HEADER + "TX,f1,REFUSED,2025-03-05,Caf\u00e9,,Letter\r\n").getBytes(StandardCharsets.ISO_8859_1);
        String encoding = only(latin1);
        assertTrue(encoding.startsWith("2 ") && encoding.contains("UTF-8"), encoding);
        byte[] large = new byte[UploadedCsv.MAX_BYTES + 10];
        java.util.Arrays.fill(large, (byte) 'a');
        assertTrue(only(large).contains("at most 1024 KB"));
        assertEquals(0, changesOf(request));
    }

    @Test
    void aValidFileIsAppliedWithItsDatesSourcesAndTheFieldWildcard() {
        byte[] file = ("\uFEFFjurisdiction,field,status,effective_date,source_title\n"
                + "TX,*,will provide,2025-03-05,Letter of 5 March\n"
                + "NY,f2,Refused,2025-03-06,Press release\n").getBytes(StandardCharsets.UTF_8);
        ImportClient.Preview preview = ImportClient.preview(request.slug, file);
        assertEquals(List.of(), preview.errors());
        assertEquals(3, preview.changes());
        preview.apply().then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/import?applied=3"));
        List<List<String>> cells = Csv.records("/requests/" + request.slug + "/export/long.csv");
        List<String> texasF2 = cells.stream().filter(r -> r.get(1).equals("TX") && r.get(3).equals("f2")).findFirst().orElseThrow();
        assertEquals(List.of("WILL_PROVIDE", "Will provide", "2025-03-05"), texasF2.subList(5, 8));
        assertEquals("Letter of 5 March", texasF2.get(12));
        assertEquals("ed", texasF2.get(15));
        List<String> newYorkF2 = cells.stream().filter(r -> r.get(1).equals("NY") && r.get(3).equals("f2")).findFirst().orElseThrow();
        assertEquals("2025-03-06", newYorkF2.get(7));
        assertEquals(3, changesOf(request));
    }

    @Test
    void aRowWithoutAnEffectiveDateIsRefusedUnlessItSaysNoResponse() {
        byte[] file = ("jurisdiction,field,status,effective_date,source_title\n"
                + "NY,f2,Refused,,Press release\n"
                + "TX,f2,No response,,\n").getBytes(StandardCharsets.UTF_8);
        ImportClient.Preview preview = ImportClient.preview(request.slug, file);
        assertEquals(1, preview.errors().size());
        assertTrue(preview.errors().get(0).contains("Enter the effective date"), preview.errors().toString());
        assertEquals(0, changesOf(request));
    }

    @Test
    void theFormulaPrefixIsUndoneOnImportAndPutBackOnExport() {
        String file = HEADER + "TX,f1,REFUSED,2025-03-05,'=HYPERLINK(\"http://x\"),,'@SUM(A1)\r\n"
                + "NY,f1,REFUSED,2025-03-05,'+1,,'-2\r\n";
        ImportClient.preview(request.slug, file).apply().then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            CellChange texas = CellChange.find("requestId = ?1 and jurisdictionCode = 'TX'", request.id).firstResult();
            assertEquals("=HYPERLINK(\"http://x\")", texas.value.note());
            assertEquals("@SUM(A1)", texas.value.sourceTitle());
            CellChange newYork = CellChange.find("requestId = ?1 and jurisdictionCode = 'NY'", request.id).firstResult();
            assertEquals("+1", newYork.value.note());
            assertEquals("-2", newYork.value.sourceTitle());
        });
        List<String> exported = Csv.records("/requests/" + request.slug + "/export/long.csv?jurisdiction=TX").stream()
                .filter(r -> r.get(1).equals("TX") && r.get(3).equals("f1")).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"http://x\")", exported.get(8));
    }

    @Test
    void aCellSavedBetweenPreviewAndApplyIsAConflictAndNothingIsImported() {
        ImportClient.Preview preview = ImportClient.preview(request.slug, HEADER
                + "TX,f1,REFUSED,2025-03-05,,,Letter\r\nNY,f1,REFUSED,2025-03-05,,,Letter\r\n");
        record("TX", new CellValue(Status.PROVIDED, LocalDate.of(2025, 3, 6), "meanwhile", null, null, null, "Call"));
        String page = preview.apply().then().statusCode(409).extract().asString();
        assertTrue(page.contains("after your preview"));
        assertEquals(1, changesOf(request));
    }

    @Test
    void anAppliedPreviewCannotBeAppliedTwice() {
        ImportClient.Preview preview = ImportClient.preview(request.slug, HEADER + "TX,f1,REFUSED,2025-03-05,,,Letter\r\n");
        preview.apply().then().statusCode(303);
        preview.apply().then().statusCode(409);
        assertEquals(1, changesOf(request));
    }

    @Test
    void theApplyNeedsTheCsrfToken() {
        ImportClient.Preview preview = ImportClient.preview(request.slug, HEADER + "TX,f1,REFUSED,2025-03-05,,,Letter\r\n");
        String sha = preview.page().selectFirst("input[name=sha256]").val();
        given().redirects().follow(false).cookie("csrf-token", preview.cookie()).formParam("sha256", sha)
                .when().post("/requests/" + request.slug + "/import/apply").then().statusCode(400);
        given().redirects().follow(false).cookie("csrf-token", preview.cookie())
                .multiPart("file", "cells.csv", (HEADER + "TX,f1,REFUSED,2025-03-05,,,Letter\r\n").getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/requests/" + request.slug + "/import").then().statusCode(400);
        assertEquals(0, changesOf(request));
    }

    private String only(String content) {
        return only(content.getBytes(StandardCharsets.UTF_8));
    }

    private String only(byte[] content) {
        List<String> errors = ImportClient.preview(request.slug, content).errors();
        assertEquals(1, errors.size(), String.join("\n", errors));
        return errors.get(0);
    }

    private void record(String code, CellValue value) {
        QuarkusTransaction.requiringNew().run(() -> {
            RequestedField field = RequestedField.activeOf(DataRequest.findById(request.id)).get(0);
            recorder.record(Cell.find(field, code).orElseThrow(), value, Saving.by("other", ChangeSet.Method.FORM, null));
        });
    }

    static long changesOf(DataRequest request) {
        return QuarkusTransaction.requiringNew().call(() -> CellChange.count("requestId", request.id));
    }
}
