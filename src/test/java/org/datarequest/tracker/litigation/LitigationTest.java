package org.datarequest.tracker.litigation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.Csv;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.request.DataRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Litigation recorded through the staff form and the API, then read where readers look: the matrix (column and
 * filter), the dashboard counts and map, the jurisdiction page, the CSV exports and the API, now and as of a day.
 */
@QuarkusTest
class LitigationTest {

    @Inject
    TestRequests requests;

    @Inject
    TestAccounts accounts;

    @Inject
    LitigationStates states;

    private DataRequest request;
    private String base;
    private String editor;

    @BeforeEach
    void aRequestWithThreeJurisdictions() {
        request = requests.create(2, List.of("TX", "OR", "NY"));
        base = "/requests/" + request.slug;
        editor = accounts.session("lit-editor", Role.editor);
        accounts.ensure("lit-api-editor", Role.editor);
        accounts.ensure("lit-api-viewer", Role.viewer);
    }

    private Response save(String code, Map<String, String> fields) {
        String path = base + "/jurisdictions/" + code + "/litigation";
        CsrfForms.Page page = CsrfForms.open(path, editor);
        Map<String, String> form = new HashMap<>(Map.of("status", "NONE", "effectiveDate", ""));
        form.putAll(fields);
        return page.post().formParams(form).when().post(path);
    }

    private void sue(String code, String status, String day, String caseName) {
        save(code, Map.of("status", status, "effectiveDate", day, "caseName", caseName, "court", "D. Or.",
                "sourceUrl", "https://example.org/" + code + "/" + day))
                .then().statusCode(303).header("Location", endsWith("/litigation?saved=1"));
    }

    private Document page(String path) {
        return Jsoup.parse(given().cookie("quarkus-credential", editor).get(path).then().statusCode(200)
                .extract().asString());
    }

    @Test
    void theMatrixShowsAndFiltersLitigationNowAndAsOfADay() {
        sue("TX", "SUED", "2025-05-01", "United States v. Texas");
        sue("TX", "DISMISSED", "2025-07-01", "United States v. Texas");
        sue("OR", "SUED", "2025-06-01", "United States v. Oregon");

        Document now = page(base + "/matrix");
        assertEquals("⚖ Dismissed", now.select("tr:has(.code:containsOwn(TX)) td.litigation").text());
        assertEquals("⚖ Sued", now.select("tr:has(.code:containsOwn(OR)) td.litigation").text());
        assertEquals("– No litigation", now.select("tr:has(.code:containsOwn(NY)) td.litigation").text());

        assertEquals(List.of("OR"), codes(page(base + "/matrix?litigation=SUED")));
        assertEquals(List.of("OR", "TX"), codes(page(base + "/matrix?litigation=SUED&asOf=2025-06-15")));
        assertEquals(List.of(), codes(page(base + "/matrix?litigation=SUED&asOf=2025-04-30")));
        assertEquals(List.of("NY"), codes(page(base + "/matrix?litigation=NONE")));
        given().cookie("quarkus-credential", editor).get(base + "/matrix?litigation=WON").then().statusCode(400);
    }

    @Test
    void theDashboardCountsLitigationWithLinksAndTheMapSaysItInWords() {
        sue("TX", "SUED", "2025-05-01", "United States v. Texas");
        sue("OR", "SUED", "2025-06-01", "United States v. Oregon");
        sue("OR", "ORDERED_TO_PROVIDE", "2025-08-01", "United States v. Oregon");

        Document now = page(base);
        assertTrue(now.select(".litigation-counts").text().startsWith("sued 1 · dismissed 0 · ordered to provide 1"),
                now.select(".litigation-counts").text());
        assertEquals(base + "/matrix?litigation=SUED", now.select(".litigation-counts a:contains(sued)").attr("href"));
        assertEquals("Oregon: Pending, overdue, litigation: ordered to provide",
                now.select("svg.tile-map a:has(title:contains(Oregon)) title").text());
        assertEquals("Late·Order", now.select("svg.tile-map a:has(title:contains(Oregon)) text.tile-mark").text());

        Document before = page(base + "?asOf=2025-05-15");
        assertTrue(before.select(".litigation-counts").text().startsWith("sued 1 · dismissed 0 · ordered to provide 0"),
                before.select(".litigation-counts").text());
        assertEquals(base + "/matrix?litigation=SUED&asOf=2025-05-15",
                before.select(".litigation-counts a:contains(sued)").attr("href"));
        assertEquals("Late", before.select("svg.tile-map a:has(title:contains(Oregon)) text.tile-mark").text());
    }

    @Test
    void theJurisdictionPageShowsTheStatusAndItsHistoryAsOfADay() {
        sue("TX", "SUED", "2025-05-01", "United States v. Texas");
        sue("TX", "APPEALED", "2025-09-01", "United States v. Texas");
        Document now = page(base + "/jurisdictions/TX");
        assertEquals("⚖ Appealed", now.select(".jurisdiction-court dd .badge").text());
        assertEquals(2, now.select("table.litigation-history tbody tr").size());
        assertTrue(now.select("table.litigation-history tbody tr").first().text().contains("Appealed"));
        Document then = page(base + "/jurisdictions/TX?asOf=2025-06-01");
        assertEquals("⚖ Sued", then.select(".jurisdiction-court dd .badge").text());
        assertEquals(1, then.select("table.litigation-history tbody tr").size());
    }

    @Test
    void wideAndLongCsvCarryTheLitigationStatusAsOfTheDay() {
        sue("NY", "SETTLED", "2025-05-01", "United States v. New York");
        List<List<String>> wide = Csv.parse(given().cookie("quarkus-credential", editor)
                .get(base + "/export/wide.csv").then().statusCode(200).extract().asString());
        assertEquals(List.of("jurisdiction", "jurisdiction_name", "stance", "litigation", "f1", "f2"), wide.get(0));
        assertEquals("SETTLED", row(wide, "NY").get(3));
        assertEquals("NONE", row(wide, "TX").get(3));
        List<List<String>> earlier = Csv.parse(given().cookie("quarkus-credential", editor)
                .get(base + "/export/wide.csv?asOf=2025-04-01").then().statusCode(200).extract().asString());
        assertEquals("NONE", row(earlier, "NY").get(3));
        List<List<String>> filtered = Csv.parse(given().cookie("quarkus-credential", editor)
                .get(base + "/export/wide.csv?litigation=SETTLED").then().statusCode(200).extract().asString());
        assertEquals(2, filtered.size());

        List<List<String>> cells = Csv.parse(given().cookie("quarkus-credential", editor)
                .get(base + "/export/long.csv").then().statusCode(200).extract().asString());
        int column = cells.get(0).indexOf("litigation");
        assertEquals(cells.get(0).size() - 1, column);
        assertTrue(cells.stream().skip(1).filter(r -> r.get(1).equals("NY")).allMatch(r -> r.get(column).equals("SETTLED")));
        assertTrue(cells.stream().skip(1).filter(r -> r.get(1).equals("TX")).allMatch(r -> r.get(column).equals("NONE")));
    }

    @Test
    void theFormChecksEveryRuleWritesNothingWhenBrokenAndOnceWhenRepeated() {
        Response missingSource = save("TX", Map.of("status", "SUED", "effectiveDate", "2025-05-01"));
        missingSource.then().statusCode(422);
        Document shown = Jsoup.parse(missingSource.asString());
        assertTrue(shown.select("#sourceUrl-error").text().startsWith("Cite a source"));
        save("TX", Map.of("status", "SUED", "effectiveDate", "2024-01-01", "sourceTitle", "x")).then().statusCode(422);
        save("TX", Map.of("status", "SUED", "effectiveDate", LocalDate.now().plusDays(3).toString(), "sourceTitle", "x"))
                .then().statusCode(422);
        save("TX", Map.of("status", "WON", "effectiveDate", "2025-05-01", "sourceTitle", "x")).then().statusCode(422);
        save("TX", Map.of("status", "SUED", "effectiveDate", "2025-05-01", "sourceTitle", "x",
                "docketUrl", "javascript:alert(1)")).then().statusCode(422);
        save("TX", Map.of("status", "NONE", "effectiveDate", "2025-05-01"))
                .then().statusCode(303).header("Location", endsWith("/litigation?saved=0"));
        assertEquals(0, states.history(request.id, "TX", null).size());

        sue("TX", "SUED", "2025-05-01", "United States v. Texas");
        save("TX", Map.of("status", "SUED", "effectiveDate", "2025-05-01", "caseName", "United States v. Texas",
                "court", "D. Or.", "sourceUrl", "https://example.org/TX/2025-05-01"))
                .then().statusCode(303).header("Location", endsWith("/litigation?saved=0"));
        List<LitigationChange> history = states.history(request.id, "TX", null);
        assertEquals(1, history.size());
        assertEquals("lit-editor", history.get(0).recordedBy);
    }

    @Test
    void onlyEditorsWithTheFormsTokenCanSave() {
        String path = base + "/jurisdictions/TX/litigation";
        String viewer = accounts.session("lit-viewer", Role.viewer);
        given().cookie("quarkus-credential", viewer).redirects().follow(false).get(path).then().statusCode(403);
        CsrfForms.Page page = CsrfForms.open(path, editor);
        page.postForged().formParams(Map.of("status", "SUED", "effectiveDate", "2025-05-01", "sourceTitle", "x"))
                .when().post(path).then().statusCode(400);
        assertEquals(0, states.history(request.id, "TX", null).size());
    }

    @Test
    void aSaveMovesTheDataVersionSoTheMatrixIsNotServedStale() {
        String before = given().cookie("quarkus-credential", editor).get(base + "/matrix").then().statusCode(200)
                .extract().header("ETag");
        sue("TX", "SUED", "2025-05-01", "United States v. Texas");
        String after = given().cookie("quarkus-credential", editor).get(base + "/matrix").then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(before, after);
    }

    @Test
    void theApiReadsAsOfADayAndEditorsWriteWithProblemDetails() {
        String api = "/api/requests/" + request.slug + "/litigation";
        Map<String, Object> body = Map.of("status", "SUED", "effectiveDate", "2025-05-01",
                "caseName", "United States v. Oregon", "sourceUrl", "https://example.org/complaint");
        basic("lit-api-editor").contentType(ContentType.JSON).body(body).post(api + "/OR")
                .then().statusCode(201).body("recorded", equalTo(true)).body("change.status", equalTo("SUED"))
                .body("change.recordedBy", equalTo("lit-api-editor"));
        basic("lit-api-editor").contentType(ContentType.JSON).body(body).post(api + "/OR")
                .then().statusCode(200).body("recorded", equalTo(false));
        basic("lit-api-editor").contentType(ContentType.JSON)
                .body(Map.of("status", "SUED", "effectiveDate", "2025-05-01")).post(api + "/TX")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].errors.sourceUrl", org.hamcrest.Matchers.startsWith("Cite a source"));
        basic("lit-api-viewer").contentType(ContentType.JSON).body(body).post(api + "/TX")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).post(api + "/TX").then().statusCode(401);
        basic("lit-api-editor").contentType(ContentType.JSON).body(body).post(api + "/ZZ").then().statusCode(404);

        basic("lit-api-viewer").get(api).then().statusCode(200)
                .body("counts.SUED", equalTo(1))
                .body("jurisdictions.find { it.jurisdiction == 'OR' }.caseName", equalTo("United States v. Oregon"))
                .body("jurisdictions.find { it.jurisdiction == 'TX' }.status", equalTo("NONE"));
        basic("lit-api-viewer").get(api + "?asOf=2025-04-30").then().statusCode(200).body("counts.SUED", equalTo(0));
        basic("lit-api-viewer").get(api + "?litigation=SUED").then().statusCode(200).body("jurisdictions.size()", equalTo(1));
        basic("lit-api-viewer").get(api + "/OR").then().statusCode(200)
                .body("current.status", equalTo("SUED")).body("history.size()", equalTo(1));
        basic("lit-api-viewer").get(api + "?asOf=someday").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theQueryForEveryJurisdictionAgreesWithThePlainRule() {
        sue("TX", "SUED", "2025-05-01", "a");
        sue("TX", "APPEALED", "2025-09-01", "a");
        sue("TX", "DISMISSED", "2025-07-01", "a");
        sue("OR", "SETTLED", "2025-06-01", "b");
        for (String day : List.of("2025-04-30", "2025-05-01", "2025-06-30", "2025-07-01", "2025-08-31", "2025-09-01")) {
            LocalDate asOf = LocalDate.parse(day);
            Map<String, LitigationChange> byQuery = states.of(request.id, asOf);
            for (String code : List.of("TX", "OR", "NY")) {
                LitigationStatus expected = LitigationOrder.asOf(states.history(request.id, code, null), asOf)
                        .map(change -> change.status).orElse(LitigationStatus.NONE);
                assertEquals(expected, LitigationStates.statusOf(byQuery, code), code + " on " + day);
            }
        }
    }

    private static io.restassured.specification.RequestSpecification basic(String user) {
        return given().auth().preemptive().basic(user, TestAccounts.PASSWORD);
    }

    private static List<String> codes(Document matrix) {
        return matrix.select("table.matrix tbody tr th .code").eachText().stream().sorted().toList();
    }

    private static List<String> row(List<List<String>> csv, String code) {
        return csv.stream().filter(r -> r.get(0).equals(code)).findFirst().orElseThrow();
    }
}
