package org.datarequest.tracker.tracking;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.datarequest.tracker.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The matrix orders, narrows to one field, marks what a filter leaves out plainly and keeps it all in its links. */
@QuarkusTest
class MatrixOrientationTest {

    private static final String MATRIX = "/requests/pacei-2017/matrix";

    @Test
    void sortingByAFieldPutsItsRefusalsFirstThenWhatIsWithheld() {
        List<String> codes = codes(Html.get(MATRIX + "?sort=ssn_last4"));
        assertEquals(List.of("CA", "NY", "VA", "CT"), codes.subList(0, 4));
    }

    @Test
    void theOrderIsKeptInTheExportLinksAndInTheColumnLinks() {
        Document page = Html.get(MATRIX + "?sort=stance&region=Northeast&asOf=2017-07-01");
        assertTrue(page.select("a:containsOwn(matrix (CSV))").attr("href").contains("sort=stance"));
        assertTrue(page.select("a:containsOwn(cells (CSV))").attr("href").contains("sort=stance"));
        String byField = page.select("thead th.field a").first().attr("href");
        assertTrue(byField.contains("region=Northeast") && byField.contains("sort=full_name")
                && byField.contains("asOf=2017-07-01"), byField);
        assertEquals("ascending", page.select("thead th.stance").attr("aria-sort"));
    }

    @Test
    void cellsOutsideTheStatusFilterArePlainlyMarkedNotFaint() {
        Document page = Html.get(MATRIX + "?status=WITHHELD_BY_LAW&q=Connecticut");
        assertEquals(1, page.select("td.cell.s-WITHHELD_BY_LAW").size());
        assertEquals(12, page.select("td.cell.off").size());
        assertTrue(page.select("td.cell.off .tip").first().text().contains("(outside the filter)"));
        assertEquals(0, page.select(".dim").size());
    }

    @Test
    void totalsAreInWords() {
        Document page = Html.get(MATRIX + "?stance=REFUSED");
        assertEquals("✕ 13 refused", page.select("tbody tr:not(.row-details) td.totals").first().text());
        assertTrue(page.select("tfoot td.totals").first().text().contains("3 refused"));
    }

    @Test
    void aFilterThatMatchesNothingSaysNothingMatchesWithAWayBack() {
        Document page = Html.get(MATRIX + "?q=Atlantis");
        assertEquals("Nothing matches", page.select("#matrix-results h2").text());
        assertEquals(MATRIX, page.select("#matrix-results a:containsOwn(Show every jurisdiction)").attr("href"));
        assertEquals(0, page.select("table.matrix").size());
    }

    @Test
    void anUnknownOrderOrFieldIsA400NamingTheParameter() {
        given().when().get(MATRIX + "?sort=shoe_size").then().statusCode(400);
        given().when().get(MATRIX + "?field=shoe_size").then().statusCode(400);
        given().when().get("/requests/pacei-2017/export/wide.csv?sort=shoe_size").then().statusCode(400);
        given().when().get("/requests/pacei-2017?map=shoe_size").then().statusCode(400);
        assertTrue(Html.get(MATRIX + "?sort=nope", 400).text().contains("sort"));
    }

    @Test
    void theApiReadsAJurisdictionWithItsSentence() {
        String summary = given().when().get("/api/requests/pacei-2017/jurisdictions/NY").then().statusCode(200)
                .extract().path("summary");
        assertEquals("New York refuses all 13 fields since 30 June 2017 — Andrew Cuomo (Governor of New York),"
                + " News report of early July 2017, citing Time Magazine.", summary);
        given().when().get("/api/requests/pacei-2017/jurisdictions/ZZ").then().statusCode(404);
    }

    @Test
    void theCellPageHasACitationWithAPermalinkToItsDay() {
        Document page = Html.get("/requests/pacei-2017/cells/NY/ssn_last4?asOf=2017-07-01");
        String citation = page.select("#citation-text").text();
        assertTrue(citation.startsWith("New York, SSN (last 4 digits): Refused since 30 June 2017 — News report"),
                citation);
        assertTrue(citation.contains("Compliance tracker, as of 1 July 2017:"), citation);
        assertEquals("/requests/pacei-2017/cells/NY/ssn_last4?asOf=2017-07-01", page.select("a.permalink").attr("href"));
    }

    @Test
    void theStatePageSaysOnceAndPlainlyThatNothingWasCheckedSinceTheDeadline() {
        Document page = Html.get("/requests/pacei-2017/jurisdictions/NY");
        assertTrue(page.select("#main").text().contains(
                "No field checked (“verified, unchanged”) since the deadline of 14 July 2017."), page.select("#main").text());
        assertEquals(0, page.select(".freshness-old").size(), "no red on every row");
        assertEquals(1, page.select(".field-group").size());
        assertEquals(13, page.select(".field-group .field-names li").size());
    }

    private static List<String> codes(Document page) {
        return page.select("table.matrix tbody th .code").eachText();
    }
}
