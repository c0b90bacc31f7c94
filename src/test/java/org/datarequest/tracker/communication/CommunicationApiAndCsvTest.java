package org.datarequest.tracker.communication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Login;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.request.DataRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Communications through the JSON API and as CSV: the same rules as the forms, all or nothing. */
@QuarkusTest
class CommunicationApiAndCsvTest {

    @Inject
    TestRequests requests;

    @Inject
    TestAccounts accounts;

    @Inject
    org.datarequest.tracker.cell.ChangeRecorder recorder;

    DataRequest request;

    @BeforeEach
    void aRequestOfItsOwn() {
        request = requests.create(2, List.of("NY", "TX"));
        accounts.ensure("comm-api-editor", Role.editor);
        accounts.ensure("comm-api-viewer", Role.viewer);
    }

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, TestAccounts.PASSWORD);
    }

    @Test
    void editorsCreateUpdateAndAttachViewersRead() {
        String base = "/api/requests/" + request.slug + "/communications";
        long id = as("comm-api-editor").contentType(ContentType.JSON).body(Map.of("kind", "FILING", "date", "2025-09",
                        "precision", "MONTH", "jurisdiction", "NY", "title", "The department sues New York"))
                .post(base).then().statusCode(201).body("date", equalTo("2025-09"))
                .body("countsFrom", equalTo("2025-09-30")).body("direction", equalTo("THIRD_PARTY"))
                .extract().jsonPath().getLong("id");
        as("comm-api-editor").contentType(ContentType.JSON).body(Map.of("kind", "RUMOUR", "date", "Sept"))
                .post(base).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].errors", hasKey("kind")).body("errors[0].errors", hasKey("date"))
                .body("errors[0].errors", hasKey("title"));
        as("comm-api-viewer").contentType(ContentType.JSON).body(Map.of("kind", "LETTER", "date", "2025-03-02",
                "title", "x")).post(base).then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("kind", "LETTER", "date", "2025-03-02", "title", "x"))
                .post(base).then().statusCode(401);
        as("comm-api-editor").contentType(ContentType.JSON).body(Map.of("kind", "FILING", "date", "2025-09-16",
                        "jurisdiction", "NY", "title", "The department sues New York", "sourceUrl", "https://example.org/c"))
                .put(base + "/" + id).then().statusCode(200).body("date", equalTo("2025-09-16"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 0, (byte) 0xff};
        as("comm-api-editor").contentType("application/octet-stream").body(png)
                .put(base + "/" + id + "/document?fileName=scan.png").then().statusCode(200)
                .body("document.contentType", equalTo("image/png")).body("document.size", equalTo(png.length));
        as("comm-api-editor").contentType("application/pdf").body("<html>".getBytes(StandardCharsets.UTF_8))
                .put(base + "/" + id + "/document?fileName=x.pdf").then().statusCode(422)
                .body("errors[0].errors", hasKey("document"));
        byte[] back = as("comm-api-viewer").get(base + "/" + id + "/document").then().statusCode(200)
                .contentType("image/png").header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertArrayEquals(png, back);
        as("comm-api-viewer").get(base + "?kind=FILING&asOf=2025-09-15").then().statusCode(200)
                .body("size()", equalTo(0));
        as("comm-api-viewer").get(base + "?jurisdiction=NY").then().statusCode(200)
                .body("[0].document.fileName", equalTo("scan.png"));
        as("comm-api-viewer").get(base + "?kind=RUMOUR").then().statusCode(400)
                .contentType("application/problem+json");
        as("comm-api-viewer").get(base + "/999999").then().statusCode(404);
    }

    @Test
    void anApiWriteKeepsAContestedCellContested() {
        QuarkusTransaction.requiringNew().run(() -> {
            var cell = org.datarequest.tracker.cell.Cell.<org.datarequest.tracker.cell.Cell>find(
                    "request.id = ?1 and jurisdiction.code = 'NY' and field.key = 'f1'", request.id).firstResult();
            recorder.record(cell, new org.datarequest.tracker.cell.CellValue(org.datarequest.tracker.cell.Status.REFUSED,
                    java.time.LocalDate.of(2025, 3, 3), null, null, null, null, "Governor").contested(true, null,
                    "Election office", null), org.datarequest.tracker.cell.Saving.by("setup",
                    org.datarequest.tracker.cell.ChangeSet.Method.CELL, "contested"));
        });
        long version = as("comm-api-viewer").get("/api/requests/" + request.slug + "/cells/NY/f1").then()
                .statusCode(200).body("cell.contested", equalTo(true))
                .body("cell.contestedSourceTitle", equalTo("Election office"))
                .extract().jsonPath().getLong("cell.version");
        as("comm-api-editor").contentType(ContentType.JSON).body(Map.of("status", "PROVIDED", "effectiveDate",
                        "2025-03-06", "sourceTitle", "Data received", "version", version))
                .put("/api/requests/" + request.slug + "/cells/NY/f1").then().statusCode(200);
        var now = QuarkusTransaction.requiringNew().call(() -> org.datarequest.tracker.cell.Cell
                .<org.datarequest.tracker.cell.Cell>find("request.id = ?1 and jurisdiction.code = 'NY'"
                        + " and field.key = 'f1'", request.id).firstResult().value);
        assertEquals(org.datarequest.tracker.cell.Status.PROVIDED, now.status());
        assertTrue(now.contested(), "the API says nothing about the contest, so it stays");
        assertEquals("Election office", now.contestedSourceTitle());
    }

    private Document preview(String session, String csv) {
        String path = "/requests/" + request.slug + "/communications/import";
        CsrfForms.Page form = CsrfForms.open(path, session);
        return Jsoup.parse(given().redirects().follow(false).cookie(CsrfForms.TOKEN, form.cookie())
                .cookie(Login.COOKIE, session).multiPart(CsrfForms.TOKEN, form.token())
                .multiPart("file", "communications.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post(path).then().extract().asString());
    }

    private void apply(String session, Document preview) {
        String path = "/requests/" + request.slug + "/communications/import/apply";
        CsrfForms.Page form = CsrfForms.open("/requests/" + request.slug + "/communications/import", session);
        form.post().formParam("sha256", preview.select("input[name=sha256]").val()).when().post(path)
                .then().statusCode(303);
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> Communication.count("request.id", request.id));
    }

    @Test
    void aFileIsPreviewedThenAppliedAllOrNothingAndExportedInTheSameColumns() {
        String session = Login.as("comm-api-editor", TestAccounts.PASSWORD);
        String header = "date,precision,kind,direction,jurisdiction,title,speaker,office,quote,source_url,source_title\n";
        Document bad = preview(session, header
                + "2025-07-01,DAY,LETTER,,NY,Letter to New York,,,,https://example.org/l,\n"
                + "2025-07,DAY,LETTER,,TX,Bad date,,,,,\n");
        assertTrue(bad.select(".import-errors").text().contains("line 3"), bad.text());
        assertTrue(bad.select("input[name=sha256]").isEmpty());
        assertEquals(0, count());

        String good = header
                + "2025-07-01,DAY,LETTER,,NY,Letter to New York,,,,https://example.org/l,\n"
                + "2025-09,MONTH,STATEMENT,FROM_JURISDICTION,TX,=HYPERLINK(\"x\"),Jane Roe,Secretary of State,\"We will not, ever\",,\n";
        Document preview = preview(session, good);
        assertEquals(2, preview.select("tbody tr").size(), preview.text());
        apply(session, preview);
        assertEquals(2, count());
        Document again = preview(session, good);
        assertTrue(again.text().contains("0 new communications; 2 already recorded"), again.text());
        assertTrue(again.select("input[name=sha256]").isEmpty(), "nothing left to apply");

        String csv = given().get("/requests/" + request.slug + "/export/communications.csv").then().statusCode(200)
                .header("Content-Disposition", containsString("communications")).extract().asString();
        assertTrue(csv.startsWith(header.strip()), csv);
        assertTrue(csv.contains("2025-09,MONTH,STATEMENT,FROM_JURISDICTION,TX,\"'=HYPERLINK"), csv);
        assertTrue(csv.contains("\"We will not, ever\""), csv);
        String before = given().get("/requests/" + request.slug + "/export/communications.csv?asOf=2025-09-29")
                .then().statusCode(200).extract().asString();
        assertEquals(2, before.lines().count(), before);
    }
}
