package org.datarequest.tracker.example;

import org.datarequest.tracker.request.DataRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.datarequest.tracker.Html;
import org.datarequest.tracker.cell.CellChange;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExampleDataTest {

    private static final Set<String> REFUSING = Set.of("NY", "CA", "VA");

    @Inject
    ExampleData exampleData;

    /** A cell's status as its words say it: "Refused, since 30 June 2017 · source: …" starts with it. */
    private static String status(Element cell) {
        return cell.select(".tip").text().split(",")[0];
    }

    @Test
    void matrixListsFiftyOneJurisdictionsByThirteenFields() {
        Document page = Html.get("/requests/pacei-2017/matrix");
        assertEquals(51, page.select("table.matrix tbody tr:not(.row-details)").size());
        assertEquals(13, page.select("table.matrix thead th.field").size());
        assertEquals(51 * 13, page.select("table.matrix tbody td.cell").size());
    }

    @Test
    void newYorkCaliforniaAndVirginiaRefuseEveryField() {
        Document page = Html.get("/requests/pacei-2017/matrix");
        for (String code : REFUSING) {
            Element row = row(page, code);
            assertEquals(13, row.select("td.cell").size());
            row.select("td.cell").forEach(cell -> assertEquals("Refused", status(cell)));
            assertEquals("✕ Refused", row.select("td.stance").text());
        }
    }

    @Test
    void connecticutWithholdsProtectedDataAndOffersPublicData() {
        Document page = Html.get("/requests/pacei-2017/matrix");
        Element row = row(page, "CT");
        List<String> statuses = row.select("td.cell").stream().map(ExampleDataTest::status).toList();
        List<String> fields = page.select("table.matrix thead th.field").stream()
                .map(head -> head.select("a").first().ownText() + " " + head.select(".sensitivity").text()).toList();
        assertEquals("◐ Partial", row.select("td.stance").text());
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            String expected = field.endsWith("Protected") ? "Withheld (law)"
                    : field.endsWith("Public") ? "Will provide" : "No response";
            assertEquals(expected, statuses.get(i), field);
        }
        assertEquals("Withheld (law)", statuses.get(fields.indexOf("SSN (last 4 digits) Protected")));
    }

    @Test
    void everyOtherJurisdictionHasNoResponse() {
        Document page = Html.get("/requests/pacei-2017/matrix");
        int others = 0;
        for (Element row : page.select("table.matrix tbody tr:not(.row-details)")) {
            String code = row.select("th .code").text();
            if (REFUSING.contains(code) || code.equals("CT")) {
                continue;
            }
            others++;
            row.select("td.cell").forEach(cell -> assertEquals("No response", status(cell), code));
            assertEquals("– Pending", row.select("td.stance").text());
        }
        assertEquals(47, others);
    }

    @Test
    void dashboardCountsThreeRefusedOnePartialFortySevenPendingAndStatesTheDefinition() {
        Document page = Html.get("/requests/pacei-2017");
        assertEquals("3", page.select(".stance-counts .t-REFUSED .count").text());
        assertEquals("1", page.select(".stance-counts .t-PARTIAL .count").text());
        assertEquals("47", page.select(".stance-counts .t-PENDING .count").text());
        assertEquals("0", page.select(".stance-counts .t-FULL .count").text());
        assertTrue(page.select(".definition").text().contains("first of these rules that matches"));
        assertTrue(page.select(".definition li").text().contains("every cell is Refused, Withheld (law) or Not collected"));
    }

    @Test
    void dashboardHasALinkedLabelledTileForEveryJurisdiction() {
        Document page = Html.get("/requests/pacei-2017");
        assertTrue(page.select("h1").text().startsWith("Presidential Advisory Commission"));
        assertEquals(51, page.select("svg.tile-map a").size());
        Element newYork = page.selectFirst("svg.tile-map a[href=/requests/pacei-2017/jurisdictions/NY]");
        assertEquals("New York: Refused", newYork.attr("aria-label"));
        assertEquals("NY", newYork.select("text.tile-code").text());
    }

    @Test
    void dashboardShowsTheTimelineWithTheThreeStatements() {
        Document page = Html.get("/requests/pacei-2017");
        String timeline = page.select(".timeline").text();
        assertTrue(timeline.contains("Andrew Cuomo, Governor of New York"));
        assertTrue(timeline.contains("Alex Padilla, California Secretary of State"));
        assertTrue(timeline.contains("Terry McAuliffe, Governor of Virginia"));
        assertTrue(timeline.contains("14 July 2017"));
        assertEquals(5, page.select(".timeline > li").size());
    }

    @Test
    @Transactional
    void seedFactsAreRecordedAsChangesWithDatesAndSources() {
        DataRequest request = DataRequest.findBySlug("pacei-2017").orElseThrow();
        List<CellChange> newYork = CellChange.list("requestId = ?1 and jurisdictionCode = 'NY'", request.id);
        assertEquals(13, newYork.size());
        newYork.forEach(change -> {
            assertEquals(LocalDate.of(2017, 6, 30), change.effectiveDate());
            assertTrue(change.value.sourceTitle().contains("Time Magazine"));
        });
        CellChange connecticut = CellChange.find("requestId = ?1 and jurisdictionCode = 'CT'", request.id).firstResult();
        assertTrue(connecticut.value.sourceTitle().contains("NASS tally of 3 July 2017"));
        assertEquals(LocalDate.of(2017, 6, 29),
                CellChange.<CellChange>find("requestId = ?1 and jurisdictionCode = 'CA'", request.id).firstResult().effectiveDate());
    }

    @Test
    @Transactional
    void startingAgainDoesNotLoadTheExampleTwice() {
        long requests = DataRequest.count();
        long changes = CellChange.count();
        exampleData.onStart(null);
        assertEquals(requests, DataRequest.count());
        assertEquals(changes, CellChange.count());
        assertEquals(1, DataRequest.count("slug", ExampleData.SLUG));
    }

    @Test
    void jurisdictionPageShowsEveryFieldTheStatementAndTheHistory() {
        Document page = Html.get("/requests/pacei-2017/jurisdictions/ny");
        assertEquals("New York NY", page.select("h1").text());
        assertTrue(page.select(".state-summary").text().startsWith("New York refuses all 13 fields since 30 June 2017"),
                page.select(".state-summary").text());
        assertEquals(13, page.select("table.fields tbody tr").size());
        assertTrue(page.select(".timeline").text().contains("New York refuses to perpetuate the myth"));
        assertEquals(13, page.select("table.changes-table tbody tr.change").size());
        assertTrue(page.select("table.fields").text().contains("30 June 2017"));
    }

    private static Element row(Document page, String code) {
        return page.select("table.matrix tbody tr").stream()
                .filter(row -> row.select("th .code").text().equals(code)).findFirst().orElseThrow();
    }
}
