package org.datarequest.tracker.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Csv;
import org.datarequest.tracker.Html;
import org.datarequest.tracker.TestRequests;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per-jurisdiction letter dates and deadlines: set from a CSV file (preview, then all or nothing), one by one,
 * or through the API; exported in the same columns; and the overdue count they drive, now and as of a day.
 * The test request is sent 2025-03-01 with a deadline of 2025-04-01.
 */
@QuarkusTest
@TestSecurity(user = "cov-admin", roles = {"viewer", "editor", "admin"})
class CoverageDatesTest {

    @Inject
    TestRequests requests;

    private DataRequest request;
    private String slug;

    @BeforeEach
    void aRequestWithFourJurisdictions() {
        request = requests.create(2, List.of("TX", "OR", "NY", "CA"));
        slug = request.slug;
    }

    private Response upload(String csv) {
        CsrfForms.Page page = CsrfForms.open("/admin/requests/" + slug + "/coverage");
        return given().redirects().follow(false).cookie(CsrfForms.TOKEN, page.cookie())
                .multiPart(CsrfForms.TOKEN, page.token())
                .multiPart("file", "coverage.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/admin/requests/" + slug + "/coverage/upload");
    }

    private Response apply(Document preview) {
        CsrfForms.Page page = CsrfForms.open("/admin/requests/" + slug + "/coverage");
        return page.post().formParam("csv", preview.select("textarea#csv").text().isEmpty() ? ""
                        : preview.select("textarea#csv").first().wholeText())
                .when().post("/admin/requests/" + slug + "/coverage/apply");
    }

    private List<List<String>> export() {
        return Csv.parse(given().get("/requests/" + slug + "/export/coverage.csv").then().statusCode(200)
                .extract().asString());
    }

    private void setCells(String code, String f1, String f2, String day) {
        given().contentType(ContentType.JSON).body(Map.of("items", List.of(
                        Map.of("jurisdiction", code, "field", "f1", "version", 0, "status", f1,
                                "effectiveDate", day, "sourceTitle", "letter"),
                        Map.of("jurisdiction", code, "field", "f2", "version", 0, "status", f2,
                                "effectiveDate", day, "sourceTitle", "letter"))))
                .post("/api/requests/" + slug + "/cells").then().statusCode(200);
    }

    @Test
    void aFileIsPreviewedThenAppliedAndExportsBackInTheSameColumns() {
        String csv = "jurisdiction,sent_on,deadline,notes\r\nTX,2025-03-05,2025-04-15,first wave\r\nor,,2025-05-01,\r\n";
        Response preview = upload(csv);
        preview.then().statusCode(200);
        Document shown = Jsoup.parse(preview.asString());
        assertTrue(shown.select(".lead").text().startsWith("The file would change 2 jurisdictions"), shown.select(".lead").text());
        assertTrue(shown.text().contains("Columns ignored: “notes”"));
        assertEquals(List.of("TX", "", ""), export().stream().filter(r -> r.get(0).equals("TX")).findFirst().orElseThrow(),
                "nothing is written by the preview");

        apply(shown).then().statusCode(303);
        List<List<String>> exported = export();
        assertEquals(List.of("jurisdiction", "sent_on", "deadline"), exported.get(0));
        assertTrue(exported.contains(List.of("TX", "2025-03-05", "2025-04-15")));
        assertTrue(exported.contains(List.of("OR", "", "2025-05-01")));
        assertTrue(exported.contains(List.of("NY", "", "")));

        String back = String.join("\r\n", exported.stream().map(r -> String.join(",", r)).toList()) + "\r\n";
        Document again = Jsoup.parse(upload(back).asString());
        assertTrue(again.select(".lead").text().startsWith("The file would change 0 jurisdictions; 4 already say the same"),
                again.select(".lead").text());

        Document state = Html.get("/requests/" + slug + "/jurisdictions/TX");
        assertEquals("5 March 2025", state.select(".jurisdiction-court dt:containsOwn(Letter sent) + dd").text());
    }

    @Test
    void aFileWithAnyProblemIsReportedByLineAndNothingIsApplied() {
        String csv = "jurisdiction,sent_on,deadline\nTX,2025-03-05,2025-04-15\nZZ,,\nNY,2025-02-01,\nCA,2025-03-10,2025-03-09\n"
                + "OR,,2025-13-01\nTX,,\n";
        Response preview = upload(csv);
        preview.then().statusCode(422);
        String problems = Jsoup.parse(preview.asString()).select(".error-summary").text();
        assertTrue(problems.contains("Line 3, column jurisdiction: The request does not cover “ZZ”"), problems);
        assertTrue(problems.contains("Line 4, column sent_on: The letter date cannot be before the request was sent"), problems);
        assertTrue(problems.contains("Line 5, column deadline: The deadline cannot be before the letter was sent"), problems);
        assertTrue(problems.contains("Line 6, column deadline"), problems);
        assertTrue(problems.contains("Line 7, column jurisdiction: TX appears twice"), problems);
        assertTrue(export().stream().skip(1).allMatch(r -> r.get(1).isEmpty() && r.get(2).isEmpty()));

        upload("code,deadline\nTX,2025-04-15\n").then().statusCode(422);
        CsrfForms.Page page = CsrfForms.open("/admin/requests/" + slug + "/coverage");
        page.post().formParam("csv", csv).when().post("/admin/requests/" + slug + "/coverage/apply").then().statusCode(422);
        assertTrue(export().stream().skip(1).allMatch(r -> r.get(1).isEmpty() && r.get(2).isEmpty()));
    }

    @Test
    void overdueCountsPendingJurisdictionsPastTheirDeadlineOnTheDayShown() {
        setCells("NY", "REFUSED", "REFUSED", "2025-04-10");
        setCells("CA", "NOT_REQUESTED", "NOT_REQUESTED", "2025-03-10");
        given().contentType(ContentType.JSON).body(Map.of("deadline", "2099-01-01"))
                .put("/api/requests/" + slug + "/coverage/OR").then().statusCode(200)
                .body("deadline", equalTo("2099-01-01")).body("ownSentOn", nullValue()).body("overdue", equalTo(false));

        Document today = Html.get("/requests/" + slug);
        assertEquals("1 overdue", today.select("a.overdue-count").text(), "TX only: NY refused, OR not due, CA asked nothing");
        assertEquals("/requests/" + slug + "/matrix?overdue=1", today.select("a.overdue-count").attr("href"));
        Document matrix = Html.get("/requests/" + slug + "/matrix?overdue=1");
        assertEquals(List.of("TX"), matrix.select("table.matrix tbody th .code").eachText());
        assertTrue(matrix.select("table.matrix tbody td.deadline").text().contains("Overdue"));
        assertEquals("Late", today.select("svg.tile-map a:has(title:contains(Texas)) text.tile-mark").text());
        assertEquals("Texas: Pending, overdue", today.select("svg.tile-map a:has(title:contains(Texas)) title").text());

        Document beforeDeadline = Html.get("/requests/" + slug + "?asOf=2025-03-20");
        assertEquals("0 overdue", beforeDeadline.select("a.overdue-count").text());
        Document afterDeadline = Html.get("/requests/" + slug + "?asOf=2025-04-02");
        assertEquals("2 overdue", afterDeadline.select("a.overdue-count").text(), "TX, and NY before it refused");
        Document beforeTheRefusal = Html.get("/requests/" + slug + "/matrix?overdue=1&asOf=2025-03-05");
        assertEquals(List.of(), beforeTheRefusal.select("table.matrix tbody th .code").eachText(),
                "nobody is overdue before the deadline, whatever they answered later");
    }

    @Test
    void theApiListsDatesAndWhoIsOverdueAndRefusesBadDates() {
        String api = "/api/requests/" + slug + "/coverage";
        given().contentType(ContentType.JSON).body(Map.of("sentOn", "2025-03-10", "deadline", "2025-03-09"))
                .put(api + "/TX").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].errors.deadline", org.hamcrest.Matchers.startsWith("The deadline cannot be before"));
        given().contentType(ContentType.JSON).body(Map.of("sentOn", "soon"))
                .put(api + "/TX").then().statusCode(422).body("errors[0].errors.sentOn", equalTo("Write the date as YYYY-MM-DD."));
        given().contentType(ContentType.JSON).body(Map.of("sentOn", "2025-03-10", "deadline", "2025-04-10"))
                .put(api + "/ZZ").then().statusCode(404);
        String before = given().get("/requests/" + slug).then().extract().header("ETag");
        given().contentType(ContentType.JSON).body(Map.of("sentOn", "2025-03-10", "deadline", "2025-04-10"))
                .put(api + "/TX").then().statusCode(200).body("sentOn", equalTo("2025-03-10"));
        assertNotEquals(before, given().get("/requests/" + slug).then().extract().header("ETag"));

        given().get(api + "?asOf=2025-04-05").then().statusCode(200)
                .body("overdue", equalTo(3))
                .body("jurisdictions.find { it.jurisdiction == 'TX' }.overdue", equalTo(false))
                .body("jurisdictions.find { it.jurisdiction == 'TX' }.deadline", equalTo("2025-04-10"))
                .body("jurisdictions.find { it.jurisdiction == 'NY' }.sentOn", equalTo("2025-03-01"));
        given().get(api + "?overdue=1&asOf=2025-04-11").then().statusCode(200).body("jurisdictions.size()", equalTo(4));
    }

    @Test
    void theCoveragePageSetsLetterDatesBesideDeadlines() {
        CsrfForms.Page page = CsrfForms.open("/admin/requests/" + slug + "/coverage");
        List<String> codes = page.document().select("input[name=code]").eachAttr("value");
        List<String> sentOns = new ArrayList<>();
        List<String> deadlines = new ArrayList<>();
        for (String code : codes) {
            sentOns.add(code.equals("NY") ? "2025-03-08" : "");
            deadlines.add(code.equals("NY") ? "2025-03-07" : "");
        }
        Response refused = page.post().formParam("code", codes).formParam("sentOn", sentOns).formParam("deadline", deadlines)
                .when().post("/admin/requests/" + slug + "/coverage/deadlines");
        refused.then().statusCode(422);
        assertTrue(Jsoup.parse(refused.asString()).select("#deadline-NY-error").text().contains("cannot be before the letter"));
        deadlines.set(codes.indexOf("NY"), "2025-03-28");
        page.post().formParam("code", codes).formParam("sentOn", sentOns).formParam("deadline", deadlines)
                .when().post("/admin/requests/" + slug + "/coverage/deadlines").then().statusCode(303);
        assertTrue(export().contains(List.of("NY", "2025-03-08", "2025-03-28")));
    }
}
