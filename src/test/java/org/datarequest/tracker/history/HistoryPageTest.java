package org.datarequest.tracker.history;

import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.Saving;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.datarequest.tracker.Html;
import org.datarequest.tracker.SqlStatements;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.ChangeRecorder;
import org.datarequest.tracker.cell.Cell;
import org.datarequest.tracker.cell.Status;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The history page of a request, its "changes between two dates" view and its Atom feed. */
@QuarkusTest
class HistoryPageTest {

    @Inject
    TestRequests requests;

    @Inject
    ChangeRecorder recorder;

    @Inject
    SqlStatements sql;

    @Test
    void filtersPickChangesByJurisdictionFieldStatusUserAndEffectiveDates() {
        DataRequest request = requests.create(2, List.of("TX", "NY"));
        record(request, "TX", 0, Status.REFUSED, LocalDate.of(2025, 3, 5), "ann");
        record(request, "NY", 1, Status.PROVIDED, LocalDate.of(2025, 3, 9), "bob");
        String base = "/requests/" + request.slug + "/changes";
        assertEquals(2, rows(base));
        assertEquals(1, rows(base + "?jurisdiction=ny"));
        assertEquals(1, rows(base + "?field=f1"));
        assertEquals(1, rows(base + "?status=PROVIDED"));
        assertEquals(1, rows(base + "?user=ann"));
        assertEquals(1, rows(base + "?from=2025-03-06&to=2025-03-31"));
        assertEquals(0, rows(base + "?to=2025-03-04"));
    }

    @Test
    void theExportLinkCarriesTheFilters() {
        DataRequest request = requests.create(1, List.of("TX"));
        Document page = Html.get("/requests/" + request.slug + "/changes?jurisdiction=TX&status=REFUSED");
        String href = page.selectFirst("a[href*=/export/changes.csv]").attr("href");
        assertTrue(href.contains("jurisdiction=TX") && href.contains("status=REFUSED"), href);
    }

    @Test
    void badFiltersAreA400NamingTheParameter() {
        assertTrue(Html.get("/requests/pacei-2017/changes?from=2017-07-10&to=2017-07-01", 400).text().contains("“to”"));
        assertTrue(Html.get("/requests/pacei-2017/changes?jurisdiction=ZZ", 400).text().contains("“jurisdiction”"));
        assertTrue(Html.get("/requests/pacei-2017/changes?field=nope", 400).text().contains("“field”"));
        assertTrue(Html.get("/requests/pacei-2017/changes?page=0", 400).text().contains("“page”"));
    }

    @Test
    void pagesHoldFiftyChangesAndCostTheSameStatementsWhateverTheirLength() {
        DataRequest request = requests.create(2, List.of("TX", "NY"));
        for (int i = 0; i < 60; i++) {
            record(request, i % 2 == 0 ? "TX" : "NY", i % 2, i % 3 == 0 ? Status.REFUSED : Status.REVIEWING,
                    LocalDate.of(2025, 3, 2).plusDays(i % 20), "ed");
        }
        String base = "/requests/" + request.slug + "/changes";
        assertEquals(50, rows(base));
        assertEquals(10, rows(base + "?page=2"));
        assertTrue(Html.get(base).selectFirst("a[rel=next]").attr("href").endsWith("page=2"));
        long full = sql.countWhile(() -> given().get(base).then().statusCode(200));
        long one = sql.countWhile(() -> given().get(base + "?page=2&user=nobody").then().statusCode(200));
        assertEquals(one, full);
        long range = sql.countWhile(() -> given().get(base + "?from=2025-03-02&to=2025-03-30").then().statusCode(200));
        // the range view adds the two snapshots it compares, two statements each, and their request
        assertTrue(range <= full + 5, "range view used " + range + " statements, page " + full);
    }

    @Test
    void aRangeShowsWhichCellsAndStancesChangedFromWhatToWhat() {
        DataRequest request = requests.create(1, List.of("TX", "NY"));
        record(request, "TX", 0, Status.REVIEWING, LocalDate.of(2025, 3, 3), "ed");
        record(request, "TX", 0, Status.REFUSED, LocalDate.of(2025, 3, 12), "ed");
        record(request, "NY", 0, Status.PROVIDED, LocalDate.of(2025, 3, 20), "ed");
        Document page = Html.get("/requests/" + request.slug + "/changes?from=2025-03-10&to=2025-03-15");
        List<String> cells = page.select("section.between table tbody tr").stream().map(r -> r.text()).toList();
        assertEquals(1, cells.size(), cells.toString());
        assertTrue(cells.get(0).contains("Texas") && cells.get(0).contains("Reviewing")
                && cells.get(0).contains("Refused") && cells.get(0).contains("source"), cells.get(0));
        String stances = page.select("ul.stance-moves li").text();
        assertTrue(stances.contains("Texas") && stances.contains("Pending") && stances.contains("Refused"), stances);
        assertTrue(!stances.contains("New York"));
    }

    @Test
    void theAtomFeedIsWellFormedAtomWithOneEntryPerChangeNewestFirstAndEscaped() throws Exception {
        DataRequest request = requests.create(1, List.of("TX"));
        record(request, "TX", 0, Status.REVIEWING, LocalDate.of(2025, 3, 3), "ed");
        recordNote(request, "<script>alert('x')</script> & \u0001 more");
        byte[] body = given().get("/requests/" + request.slug + "/changes.atom").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/atom+xml")).extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        Element root = feed.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(2, entries.getLength());
        Element newest = (Element) entries.item(0);
        assertTrue(text(newest, "summary").contains("<script>alert('x')</script> & "));
        assertTrue(text(newest, "summary").contains("Field 1: Reviewing → Refused"), text(newest, "summary"));
        assertTrue(text(newest, "id").startsWith("tag:"));
        assertTrue(text(newest, "updated").compareTo(text((Element) entries.item(1), "updated")) >= 0);
        assertTrue(!text(newest, "id").equals(text((Element) entries.item(1), "id")));
        assertTrue(new String(body, java.nio.charset.StandardCharsets.UTF_8).contains("&lt;script&gt;"));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }
    @Test
    void jurisdictionAndCellPagesListTheLatestHundredAndLinkToTheFullHistory() {
        DataRequest request = requests.create(1, List.of("TX"));
        for (int i = 0; i < 101; i++) {
            record(request, "TX", 0, i % 2 == 0 ? Status.REFUSED : Status.REVIEWING,
                    LocalDate.of(2025, 1, 1).plusDays(i), "ed");
        }
        String key = RequestedField.activeOf(request).get(0).key;
        String jurisdiction = "/requests/" + request.slug + "/jurisdictions/TX";
        String cell = "/requests/" + request.slug + "/cells/TX/" + key;
        for (String path : List.of(jurisdiction, cell)) {
            Document page = Html.get(path);
            assertEquals(100, page.select("table.changes-table tbody tr.change").size(), path);
            // newest effective first: the oldest change is the one left out
            assertTrue(page.select("table.changes-table tbody tr.change").first().text().contains("11 Apr 2025")
                    || page.select("table.changes-table tbody tr.change").first().selectFirst("time").attr("datetime")
                    .startsWith("2025-04-11"), path);
            assertTrue(page.select(".more-history").text().contains("latest 100 changes"), path);
        }
        assertTrue(Html.get(jurisdiction).selectFirst(".more-history a").attr("href")
                .endsWith("/changes?jurisdiction=TX"));
        assertTrue(Html.get(cell).selectFirst(".more-history a").attr("href")
                .endsWith("/changes?jurisdiction=TX&field=" + key));
        // as of a day, the link keeps the day as the end of the history's range
        Document then = Html.get(jurisdiction + "?asOf=2025-04-11");
        assertEquals(100, then.select("table.changes-table tbody tr.change").size());
        assertTrue(then.selectFirst(".more-history a").attr("href").endsWith("jurisdiction=TX&to=2025-04-11"));
        // a day with fewer changes in effect lists them all, with no link
        assertTrue(Html.get(jurisdiction + "?asOf=2025-04-10").select(".more-history").isEmpty());
        assertEquals(60, rows(jurisdiction + "?asOf=2025-03-01"));
        // the full history has all 101, paged
        assertEquals(101, rows("/requests/" + request.slug + "/changes?jurisdiction=TX")
                + rows("/requests/" + request.slug + "/changes?jurisdiction=TX&page=2")
                + rows("/requests/" + request.slug + "/changes?jurisdiction=TX&page=3"));
    }

    private static int rows(String path) {
        return Html.get(path).select("table.changes-table tbody tr.change").size();
    }

    private void record(DataRequest request, String code, int fieldIndex, Status status, LocalDate day, String user) {
        QuarkusTransaction.requiringNew().run(() -> {
            RequestedField field = RequestedField.activeOf(DataRequest.findById(request.id)).get(fieldIndex);
            recorder.record(Cell.find(field, code).orElseThrow(),
                    new CellValue(status, day, null, null, null, null, "source"), Saving.by(user, ChangeSet.Method.FORM, null));
        });
    }

    private void recordNote(DataRequest request, String note) {
        QuarkusTransaction.requiringNew().run(() -> {
            RequestedField field = RequestedField.activeOf(DataRequest.findById(request.id)).get(0);
            recorder.record(Cell.find(field, "TX").orElseThrow(),
                    new CellValue(Status.REFUSED, LocalDate.of(2025, 3, 4), note, null, null, null, "source"), Saving.by("ed", ChangeSet.Method.FORM, null));
        });
    }
}
