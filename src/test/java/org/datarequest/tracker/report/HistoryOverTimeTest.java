package org.datarequest.tracker.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.datarequest.tracker.Csv;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.ChangeCriteria;
import org.datarequest.tracker.cell.ChangeHistory;
import org.datarequest.tracker.request.DataRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Old news entered late and out of order: three dated snapshots imported in shuffled order tell the same story
 * as the same snapshots imported in date order; importing any of them again (or an as-of export) changes
 * nothing; a change set can be reverted unless a later one touched its cells.
 */
@QuarkusTest
@TestSecurity(user = "ed", roles = {"viewer", "editor"})
class HistoryOverTimeTest {

    private static final String HEADER = "jurisdiction,field,status,effective_date,note,source_title\n";

    /** 30 June 2025: New York refuses, Connecticut withholds the protected field, Texas reviews. */
    private static final String JUNE_30 = HEADER
            + "NY,f1,REFUSED,2025-06-30,Governor's statement,Statement of 30 June 2025\n"
            + "NY,f2,REFUSED,2025-06-30,Governor's statement,Statement of 30 June 2025\n"
            + "CT,f3,WITHHELD_BY_LAW,2025-06-30,Protected by state law,Snapshot of 30 June 2025\n"
            + "TX,f1,REVIEWING,2025-06-30,,Snapshot of 30 June 2025\n";
    /** 3 July 2025: Connecticut offers public data; Texas will provide f1; New York's note is sharpened. */
    private static final String JULY_3 = HEADER
            + "NY,f1,REFUSED,2025-07-03,Will not provide any of it,Snapshot of 3 July 2025\n"
            + "CT,f1,WILL_PROVIDE,2025-07-03,Public data only,Snapshot of 3 July 2025\n"
            + "TX,f1,WILL_PROVIDE,2025-07-03,,Snapshot of 3 July 2025\n";
    /** 6 July 2025: Texas withholds after all; Connecticut's protected field is refused outright. */
    private static final String JULY_6 = HEADER
            + "TX,f1,WITHHELD_BY_LAW,2025-07-06,Changed its answer,Snapshot of 6 July 2025\n"
            + "CT,f3,REFUSED,2025-07-06,Refused,Snapshot of 6 July 2025\n";

    @Inject
    TestRequests requests;

    @Inject
    ChangeHistory changeHistory;

    @Inject
    org.datarequest.tracker.admin.FieldAdmin fields;

    @Test
    void snapshotsInAnyOrderTellTheSameStory() {
        DataRequest inDateOrder = requests.create(3, List.of("NY", "CT", "TX"));
        DataRequest shuffled = requests.create(3, List.of("NY", "CT", "TX"));
        for (String snapshot : List.of(JUNE_30, JULY_3, JULY_6)) {
            importFile(inDateOrder.slug, snapshot);
        }
        for (String snapshot : List.of(JULY_6, JUNE_30, JULY_3)) {
            importFile(shuffled.slug, snapshot);
        }
        assertEquals(story(inDateOrder.slug), story(shuffled.slug));
        for (String day : List.of("2025-06-29", "2025-06-30", "2025-07-02", "2025-07-03", "2025-07-05", "2025-07-06")) {
            assertEquals(cells(inDateOrder.slug, day), cells(shuffled.slug, day), "as of " + day);
        }
        assertEquals(Map.of(), backdated(inDateOrder.slug), "nothing is backdated when news comes in date order");
        // the 30 June and 3 July rows of cells that already had a 6 July change were recorded into their past
        assertEquals(Map.of("TX/f1/2025-06-30", "true", "TX/f1/2025-07-03", "true", "CT/f3/2025-06-30", "true"),
                backdated(shuffled.slug));

        // the pages' latest changes read their "from" in the query language (ChangeHistory.PREVIOUS_CHANGE_JPQL),
        // the history page and the exports in SQL (PREVIOUS_CHANGE): both say the same of every backdated change
        assertEquals(fromOfEveryChange(shuffled), fromOfLatestChanges(shuffled, List.of("NY", "CT", "TX")));

        List<List<String>> history = Csv.records("/requests/" + shuffled.slug + "/export/changes.csv");
        List<String> texas = history.stream().skip(1).filter(row -> row.get(3).equals("TX"))
                .sorted(Comparator.comparing(row -> row.get(7)))
                .map(row -> row.get(7) + ":" + row.get(5) + "->" + row.get(6)).toList();
        assertEquals(List.of("2025-06-30:NO_RESPONSE->REVIEWING", "2025-07-03:REVIEWING->WILL_PROVIDE",
                "2025-07-06:WILL_PROVIDE->WITHHELD_BY_LAW"), texas);
    }

    @Test
    void importingAnyFileAgainChangesNothing() {
        DataRequest request = requests.create(3, List.of("NY", "CT", "TX"));
        for (String snapshot : List.of(JULY_6, JUNE_30, JULY_3)) {
            importFile(request.slug, snapshot);
        }
        int changes = Csv.records("/requests/" + request.slug + "/export/changes.csv").size() - 1;
        for (String snapshot : List.of(JUNE_30, JULY_3, JULY_6)) {
            ImportClient.Preview again = ImportClient.preview(request.slug, snapshot);
            assertEquals(0, again.changes(), snapshot);
            assertFalse(again.canApply());
        }
        for (String export : List.of("long.csv", "long.csv?asOf=2025-07-04", "long.csv?asOf=2025-06-29")) {
            byte[] file = Csv.bytes("/requests/" + request.slug + "/export/" + export);
            assertEquals(0, ImportClient.preview(request.slug, file).changes(), export);
        }
        assertEquals(changes, Csv.records("/requests/" + request.slug + "/export/changes.csv").size() - 1);
    }

    @Test
    void aChangeSetIsRevertedByCompensatingChangesOrRefusedWhenLaterOnesTouchedItsCells() {
        DataRequest request = requests.create(3, List.of("NY", "CT", "TX"));
        importFile(request.slug, JUNE_30);
        importFile(request.slug, JULY_3);
        long july3 = lastChangeSet(request.slug);
        importFile(request.slug, JULY_6);
        long july6 = lastChangeSet(request.slug);
        Map<String, String> july5 = cells(request.slug, "2025-07-05");

        // 3 July's cell TX/f1 changed again on 6 July: refused, with the reason, nothing written
        int changesBefore = Csv.records("/requests/" + request.slug + "/export/changes.csv").size();
        String refused = revert(request.slug, july3).then().statusCode(409).extract().asString();
        assertTrue(Jsoup.parse(refused).text().contains("cannot be reverted"), refused);
        assertEquals(changesBefore, Csv.records("/requests/" + request.slug + "/export/changes.csv").size());

        // reverting 6 July gives back what the cells said before it, by two new changes
        revert(request.slug, july6).then().statusCode(303);
        Map<String, String> now = cells(request.slug, null);
        assertEquals(status(july5, "TX/f1"), status(now, "TX/f1"));
        assertEquals(status(july5, "CT/f3"), status(now, "CT/f3"));
        assertEquals("WILL_PROVIDE", status(now, "TX/f1"));
        assertEquals("WITHHELD_BY_LAW", status(now, "CT/f3"));
        assertEquals("REFUSED", status(now, "NY/f1"));
        assertEquals(changesBefore + 2, Csv.records("/requests/" + request.slug + "/export/changes.csv").size());
        Document set = Jsoup.parse(given().when().get("/requests/" + request.slug + "/changes/sets/" + july6)
                .then().statusCode(200).extract().asString());
        assertTrue(set.text().contains("Reverted by"), set.text());
        String twice = revert(request.slug, july6).then().statusCode(409).extract().asString();
        assertTrue(Jsoup.parse(twice).text().contains("already reverted"), twice);
    }

    @Test
    void aChangeSetThatTouchedARetiredFieldIsNotReverted() {
        DataRequest request = requests.create(3, List.of("NY", "CT", "TX"));
        importFile(request.slug, JULY_6);
        long july6 = lastChangeSet(request.slug);
        fields.retire(request.slug, "f3", true);
        int changes = Csv.records("/requests/" + request.slug + "/export/changes.csv").size();
        String refused = revert(request.slug, july6).then().statusCode(409).extract().asString();
        assertTrue(Jsoup.parse(refused).text().contains("is retired"), refused);
        assertTrue(Jsoup.parse(refused).select("form.revert").isEmpty(), "no revert button for it");
        assertEquals(changes, Csv.records("/requests/" + request.slug + "/export/changes.csv").size());
    }

    private static String status(Map<String, String> cells, String key) {
        return cells.get(key).split("\\|")[0];
    }

    @Test
    void theDashboardAndAStatePageAsOfADayShowOnlyWhatHadHappenedByThen() {
        String dashboard = given().when().get("/requests/pacei-2017?asOf=2017-06-29").then().statusCode(200)
                .extract().asString();
        assertFalse(dashboard.contains("New York refuses to perpetuate"), "the 30 June statement is in the future");
        assertTrue(dashboard.contains("I have no intention of honoring this request"));
        String newYork = given().when().get("/requests/pacei-2017/jurisdictions/NY?asOf=2017-06-29").then()
                .statusCode(200).extract().asString();
        assertFalse(newYork.contains("New York refuses to perpetuate"));
        assertTrue(given().when().get("/requests/pacei-2017/jurisdictions/NY").then().statusCode(200)
                .extract().asString().contains("New York refuses to perpetuate"));
        String feed = given().when().get("/requests/pacei-2017/changes.atom?from=2017-06-29&to=2017-06-29")
                .then().statusCode(200).extract().asString();
        Document atom = Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser());
        assertFalse(atom.select("entry").isEmpty());
        List<String> days = atom.select("entry category").eachAttr("term");
        assertTrue(days.stream().allMatch("2017-06-29"::equals), days.toString());
    }

    private static void importFile(String slug, String content) {
        ImportClient.Preview preview = ImportClient.preview(slug, content);
        assertTrue(preview.canApply(), preview.errors().toString());
        preview.apply().then().statusCode(303);
    }

    /** The history in effective order: jurisdiction, field, day, from, to — the recording order left out. */
    private static List<String> story(String slug) {
        List<List<String>> rows = new ArrayList<>(Csv.records("/requests/" + slug + "/export/changes.csv"));
        rows.remove(0);
        return rows.stream().map(row -> row.get(3) + "/" + row.get(4) + "/" + row.get(7) + ":" + row.get(5) + "->"
                + row.get(6) + "|" + row.get(11)).sorted().toList();
    }

    /** Each change's "from", by change id, as the paged history reads it (ChangeHistory.withFrom). */
    private Map<Long, CellValue> fromOfEveryChange(DataRequest request) {
        return QuarkusTransaction.requiringNew().call(() -> changeHistory
                .page(ChangeCriteria.all(request.id), 1, 1000, ChangeHistory.Order.EFFECTIVE).changes().stream()
                .collect(Collectors.toMap(change -> change.id, change -> change.previous)));
    }

    /** The same, as the state pages list their latest changes (ChangeHistory.latest). */
    private Map<Long, CellValue> fromOfLatestChanges(DataRequest request, List<String> codes) {
        return QuarkusTransaction.requiringNew().call(() -> codes.stream()
                .flatMap(code -> changeHistory.ofJurisdiction(DataRequest.findById(request.id), code, null,
                        ChangeHistory.Order.EFFECTIVE, 1000).changes().stream())
                .collect(Collectors.toMap(change -> change.id, change -> change.previous)));
    }

    private static Map<String, String> backdated(String slug) {
        return Csv.records("/requests/" + slug + "/export/changes.csv").stream().skip(1)
                .filter(row -> row.get(10).equals("true"))
                .collect(Collectors.toMap(row -> row.get(3) + "/" + row.get(4) + "/" + row.get(7), row -> row.get(10)));
    }

    /** Each cell's status, note and date as the long export gives them on a day (null: now). */
    private static Map<String, String> cells(String slug, String day) {
        return Csv.records("/requests/" + slug + "/export/long.csv" + (day == null ? "" : "?asOf=" + day)).stream()
                .skip(1).collect(Collectors.toMap(row -> row.get(1) + "/" + row.get(3),
                        row -> row.get(5) + "|" + row.get(8) + "|" + row.get(7)));
    }

    private static long lastChangeSet(String slug) {
        return Csv.records("/requests/" + slug + "/export/changes.csv").stream().skip(1)
                .mapToLong(row -> Long.parseLong(row.get(1))).max().orElseThrow();
    }

    private static io.restassured.response.Response revert(String slug, long set) {
        CsrfForms.Page page = CsrfForms.open("/requests/" + slug + "/changes/sets/" + set);
        return page.post().when().post("/requests/" + slug + "/changes/sets/" + set + "/revert");
    }
}
