package org.datarequest.tracker.tracking;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Csv;
import org.datarequest.tracker.Html;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.request.DataRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A field not asked of a jurisdiction: left out of its stance, counted as n/a, exported, kept by presets. */
@QuarkusTest
@TestSecurity(user = "nr-editor", roles = {"viewer", "editor"})
class NotRequestedTest {

    @Inject
    TestRequests requests;

    private static void set(DataRequest request, String code, String field, String status) {
        given().contentType(ContentType.JSON).body(Map.of("items", List.of(Map.of("jurisdiction", code, "field", field,
                        "version", 0, "status", status, "effectiveDate", "2025-03-05", "sourceTitle", "the letter"))))
                .post("/api/requests/" + request.slug + "/cells").then().statusCode(200);
    }

    @Test
    void aJurisdictionThatProvidedAllItWasAskedIsFullAndTheRestCountsAsNa() {
        DataRequest request = requests.create(2, List.of("TX", "OR"));
        set(request, "TX", "f1", "PROVIDED");
        set(request, "TX", "f2", "NOT_REQUESTED");
        Document matrix = Html.get("/requests/" + request.slug + "/matrix");
        assertEquals("● Full", matrix.select("tr:has(.code:containsOwn(TX)) td.stance").text());
        assertEquals("n/a", matrix.select("tr:has(.code:containsOwn(TX)) td.cell.s-NOT_REQUESTED span[aria-hidden]").text());
        assertTrue(matrix.select("tr:has(.code:containsOwn(TX)) td.cell.s-NOT_REQUESTED .tip").text()
                .startsWith("Not requested"), matrix.select("tr:has(.code:containsOwn(TX)) td.cell.s-NOT_REQUESTED").text());
        assertTrue(matrix.select("tfoot").text().contains("n/a 1 not requested"), matrix.select("tfoot").text());
        assertTrue(matrix.select("#stance-legend-title + p").text().contains("Not requested (n/a) are left out"));
        assertEquals(1, Html.get("/requests/" + request.slug + "/matrix?status=NOT_REQUESTED").select("table.matrix tbody tr:not(.row-details)").size());

        Document dashboard = Html.get("/requests/" + request.slug);
        assertTrue(dashboard.select(".field-bars").text().contains("1 n/a (not requested)"), dashboard.select(".field-bars").text());
        assertTrue(dashboard.select(".legend, .definition").text().contains("Not requested"));
        assertTrue(matrix.select("section.legend").text().contains("n/a Not requested"));
        assertTrue(given().get("/styles/status.css").then().statusCode(200).extract().asString()
                .contains(".s-NOT_REQUESTED{background-color:#F0F0F0;color:#505050}"));

        List<List<String>> wide = Csv.parse(given().get("/requests/" + request.slug + "/export/wide.csv").asString());
        assertEquals(List.of("TX", "Texas", "FULL", "NONE", "PROVIDED", "NOT_REQUESTED"),
                wide.stream().filter(r -> r.get(0).equals("TX")).findFirst().orElseThrow());
    }

    @Test
    void presetsLeaveAFieldNotRequestedAsItIs() {
        DataRequest request = requests.create(2, List.of("TX"));
        set(request, "TX", "f2", "NOT_REQUESTED");
        String bulk = "/requests/" + request.slug + "/bulk";
        Document shown = Jsoup.parse(CsrfForms.open(bulk).post().formParam("action", "preview")
                .formParam("effectiveDate", "2025-03-06").formParam("preset", "REFUSES_EVERYTHING")
                .formParam("jurisdiction", "TX").formParam("sourceTitle", "Statement").when().post(bulk).asString());
        assertEquals("Preview: 1 of 1 cells will change", shown.select("#preview-title").text());
    }
}
