package org.datarequest.tracker.request;

import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.communication.CommunicationRevision;

import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.Saving;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.Html;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.ChangeRecorder;
import org.datarequest.tracker.cell.Cell;
import org.datarequest.tracker.cell.Status;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FieldsAndTimelineAdminTest {

    @Inject
    TestRequests requests;

    @Inject
    ChangeRecorder recorder;

    static io.restassured.response.Response post(String page, String action, Map<String, ?> values) {
        return SecondRequestTest.post(page, action, values);
    }

    @Test
    @TestSecurity(user = "ad", roles = {"viewer", "editor", "admin"})
    void aFieldWithChangesCannotBeRemovedButRetiringKeepsItsHistory() {
        String slug = requests.create(2, List.of("NY", "TX")).slug;
        QuarkusTransaction.requiringNew().run(() -> {
            Cell cell = Cell.find("request.slug = ?1 and jurisdiction.code = 'NY' and field.key = 'f1'", slug).firstResult();
            recorder.record(cell, new CellValue(Status.REFUSED, LocalDate.of(2025, 3, 2), null, null, null, null, "Letter"), Saving.by("ad", ChangeSet.Method.FORM, null));
        });
        String fields = "/admin/requests/" + slug + "/fields";
        assertTrue(Html.get(fields).select("form[action=" + fields + "/f1/remove]").isEmpty(), "no remove button");
        post(fields, fields + "/f1/remove", Map.of()).then().statusCode(409).body(containsString("retire it instead"));
        post(fields, fields + "/f1/retire", Map.of("retired", "true")).then().statusCode(303);

        assertFalse(Html.get("/requests/" + slug + "/matrix").text().contains("Field 1"), "left the current matrix");
        assertTrue(Html.get("/requests/" + slug + "/matrix?asOf=" + LocalDate.now().minusDays(2)).text().contains("Field 1"),
                "still in a view of an earlier day");
        assertEquals(1L, SecondRequestTest.count("select count(c) from CellChange c where c.field.key = 'f1' and c.requestId = "
                + "(select d.id from DataRequest d where d.slug = '" + slug + "')"));
        Html.get("/requests/" + slug + "/cells/NY/f1");

        post(fields, fields + "/f2/remove", Map.of()).then().statusCode(303);
        assertEquals(0L, SecondRequestTest.count("select count(r) from Cell r where r.field.key = 'f2' and r.request.slug = '" + slug + "'"));
    }

    @Test
    @TestSecurity(user = "ad", roles = {"viewer", "editor", "admin"})
    void fieldKeysAreLowercaseSnakeCaseAndUniquePerRequest() {
        String slug = requests.create(1, List.of("NY")).slug;
        String fields = "/admin/requests/" + slug + "/fields";
        for (String bad : List.of("Bad Key", "1starts_with_digit", "double__underscore", "f1")) {
            String body = post(fields, fields, Map.of("key", bad, "label", "L", "wording", "w", "sensitivity", "PUBLIC"))
                    .then().statusCode(422).extract().asString();
            Document page = org.jsoup.Jsoup.parse(body);
            assertEquals("true", page.select("#key").attr("aria-invalid"), bad);
            assertEquals(bad, page.select("#key").attr("value"));
        }
        post(fields, fields, Map.of("key", "drivers_licence_number", "label", "Driver's licence", "wording", "DL numbers",
                "sensitivity", "PROTECTED")).then().statusCode(303).header("Location", endsWith("saved=added"));
        assertEquals(1L, SecondRequestTest.count("select count(r) from Cell r where r.field.key = 'drivers_licence_number'"
                + " and r.request.slug = '" + slug + "'"));
    }

    @Test
    @TestSecurity(user = "ed", roles = {"viewer", "editor"})
    void editorsKeepTheTimelineAndEveryEditIsRecorded() {
        String slug = requests.create(1, List.of("NY")).slug;
        String page = "/admin/requests/" + slug + "/communications";
        given().redirects().follow(false).get("/admin/requests/" + slug + "/timeline").then().statusCode(301)
                .header("Location", containsString(page));
        post(page, page, Map.of("kind", "LAWSUIT", "date", "2025-09-16", "jurisdiction", "NY",
                "title", "=HYPERLINK(\"http://x\")", "quote", "-2 days")).then().statusCode(303);
        long id = QuarkusTransaction.requiringNew().call(() ->
                Communication.<Communication>find("request.slug", slug).firstResult().id);
        post(page + "/" + id, page + "/" + id, Map.of("kind", "RULING", "date", "2025-10-01",
                "title", "A ruling")).then().statusCode(303);
        String csv = given().get("/requests/" + slug + "/export/timeline.csv?bom=true").then().statusCode(200)
                .header("Content-Disposition", containsString(slug + "-timeline-")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFrequest,date,kind,"), csv);
        assertTrue(csv.contains("\r\n" + slug + ",2025-10-01,RULING,"), csv);
        post(page, page + "/" + id + "/delete", Map.of()).then().statusCode(303);
        assertEquals(List.of("DELETE", "EDIT", "ADD"), QuarkusTransaction.requiringNew().call(() ->
                CommunicationRevision.<CommunicationRevision>list("communicationId = ?1 order by id desc", id).stream()
                        .map(revision -> revision.action.name()).toList()));
        String edit = QuarkusTransaction.requiringNew().call(() ->
                CommunicationRevision.<CommunicationRevision>find("communicationId = ?1 and action = ?2", id,
                                CommunicationRevision.Action.EDIT)
                        .firstResult().before);
        assertTrue(edit.contains("HYPERLINK") && edit.contains("LAWSUIT"), edit);
        given().get("/admin/requests/" + slug).then().statusCode(403);
    }

    @Test
    void timelineCsvNeutralisesFormulas() {
        assertEquals("'=HYPERLINK(1)", org.datarequest.tracker.report.SpreadsheetSafe.neutralise("=HYPERLINK(1)"));
        assertEquals("'+1", org.datarequest.tracker.report.SpreadsheetSafe.neutralise("+1"));
        assertEquals("'-2", org.datarequest.tracker.report.SpreadsheetSafe.neutralise("-2"));
        assertEquals("'@SUM", org.datarequest.tracker.report.SpreadsheetSafe.neutralise("@SUM"));
        assertEquals("plain", org.datarequest.tracker.report.SpreadsheetSafe.neutralise("plain"));
    }

    @Test
    @TestSecurity(user = "vi", roles = {"viewer"})
    void viewersCannotReachTheAdminArea() {
        given().redirects().follow(false).get("/admin").then().statusCode(403);
        given().redirects().follow(false).get("/admin/requests/pacei-2017/timeline").then().statusCode(403);
        assertTrue(Html.get("/requests/pacei-2017").select("a[href=/admin/requests/pacei-2017/communications]").isEmpty());
    }
}
