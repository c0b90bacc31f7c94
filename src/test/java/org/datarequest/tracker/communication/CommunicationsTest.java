package org.datarequest.tracker.communication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Html;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.request.DataRequest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Communications as readers and editors meet them: pages, filters, as-of, documents and letter-first entry. */
@QuarkusTest
@TestSecurity(user = "comm-editor", roles = {"viewer", "editor"})
class CommunicationsTest {

    @Inject
    TestRequests requests;

    private long add(String slug, Map<String, String> fields) {
        String page = "/admin/requests/" + slug + "/communications";
        var post = CsrfForms.open(page).post();
        fields.forEach(post::formParam);
        String location = post.when().post(page).then().statusCode(303).extract().header("Location");
        return Long.parseLong(location.replaceAll(".*/communications/(\\d+).*", "$1"));
    }

    @Test
    void aMonthDatedCommunicationIsShownByMonthAndOnlyFromTheEndOfThatMonth() {
        String slug = requests.create(1, List.of("NY", "TX")).slug;
        long id = add(slug, Map.of("kind", "PRESS_REPORT", "date", "2025-09", "precision", "MONTH",
                "jurisdiction", "NY", "title", "New York said to be negotiating"));
        add(slug, Map.of("kind", "LETTER", "date", "2025-03-05", "jurisdiction", "TX", "title", "Letter to Texas"));
        String base = "/requests/" + slug + "/communications";
        Document all = Html.get(base);
        assertEquals(2, all.select("table.communications tbody tr").size());
        assertTrue(all.select("time[datetime=2025-09]").text().contains("September 2025"));
        assertEquals(1, Html.get(base + "?asOf=2025-09-29").select("table.communications tbody tr").size());
        assertEquals(2, Html.get(base + "?asOf=2025-09-30").select("table.communications tbody tr").size());
        assertEquals("Letter to Texas", Html.get(base + "?kind=LETTER").select("table.communications tbody th").text());
        assertEquals("New York said to be negotiating",
                Html.get(base + "?jurisdiction=NY").select("table.communications tbody th").text());
        given().get(base + "?kind=RUMOUR").then().statusCode(400);
        given().get(base + "?jurisdiction=XX").then().statusCode(400);
        Document one = Html.get(base + "/" + id);
        assertTrue(one.select("dl.facts").text().contains("September 2025 (known to the month)"));
        assertTrue(Html.get(base + "/" + id + "?asOf=2025-09-15").select(".banner").text().contains("dated after"));
        given().get("/requests/" + requests.create(1, List.of("NY")).slug + "/communications/" + id)
                .then().statusCode(404);
        // the jurisdiction page tells its story from the communications, honouring the as-of day
        assertTrue(Html.get("/requests/" + slug + "/jurisdictions/NY").select(".timeline").text()
                .contains("New York said to be negotiating"));
        assertTrue(Html.get("/requests/" + slug + "/jurisdictions/NY?asOf=2025-09-29").select(".timeline").isEmpty()
                || !Html.get("/requests/" + slug + "/jurisdictions/NY?asOf=2025-09-29").select(".timeline").text()
                .contains("negotiating"));
    }

    private Response upload(String slug, long id, String name, byte[] bytes, String claimedType) {
        String page = "/admin/requests/" + slug + "/communications/" + id;
        CsrfForms.Page form = CsrfForms.open(page);
        return given().redirects().follow(false).cookie(CsrfForms.TOKEN, form.cookie())
                .multiPart(CsrfForms.TOKEN, form.token())
                .multiPart("document", name, bytes, claimedType)
                .when().post(page + "/document");
    }

    private static long documents(long id) {
        return QuarkusTransaction.requiringNew().call(() -> CommunicationDocument.count("communicationId", id));
    }

    @Test
    void aDocumentIsCheckedBeforeAnythingIsStoredAndDownloadsByteIdentical() {
        String slug = requests.create(1, List.of("NY")).slug;
        long id = add(slug, Map.of("kind", "LETTER", "date", "2025-03-05", "jurisdiction", "NY", "title", "Letter"));

        byte[] big = new byte[30 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        Response tooBig = upload(slug, id, "big.pdf", big, "application/pdf");
        assertEquals(422, tooBig.statusCode());
        assertTrue(tooBig.asString().contains("The file is 30 MB; a document may be at most 20 MB."), tooBig.asString());
        assertEquals(0, documents(id));

        byte[] html = "<!doctype html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        Response fake = upload(slug, id, "letter.pdf", html, "application/pdf");
        assertEquals(422, fake.statusCode());
        assertTrue(fake.asString().contains("not a PDF or an image"), fake.asString());
        assertEquals(0, documents(id));

        byte[] pdf = ("%PDF-1.4\n1 0 obj << >> endobj\n\u00ff\u0000binary tail" ).getBytes(StandardCharsets.ISO_8859_1);
        Response traversal = upload(slug, id, "../../etc/letter.pdf", pdf, "application/pdf");
        assertEquals(422, traversal.statusCode());
        assertTrue(traversal.asString().contains("folder parts"), traversal.asString());
        assertEquals(0, documents(id));

        upload(slug, id, "letter.pdf", pdf, "text/html").then().statusCode(303);
        assertEquals(1, documents(id));
        Response download = given().get("/requests/" + slug + "/communications/" + id + "/document");
        download.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment"))
                .header("X-Content-Type-Options", "nosniff");
        assertArrayEquals(pdf, download.asByteArray());
        Document page = Html.get("/requests/" + slug + "/communications/" + id);
        String sha = page.select(".document code").text();
        assertEquals(64, sha.length());
        assertTrue(page.select(".document").text().contains("letter.pdf"));
    }

    @Test
    void letterFirstEntryRecordsTheLetterAndEveryFieldInOneChangeSetCitingIt() {
        DataRequest request = requests.create(3, List.of("NY", "TX"));
        String path = "/requests/" + request.slug + "/communications/record";
        Map<String, String> form = Map.of("kind", "LETTER", "date", "2025-03-10", "precision", "DAY",
                "jurisdiction", "NY", "title", "New York answers the request", "sourceUrl", "https://example.org/ny",
                "scope", "all", "preset", "NONE", "status", "REFUSED", "effectiveDate", "");
        var preview = CsrfForms.open(path).post();
        form.forEach(preview::formParam);
        Document previewed = org.jsoup.Jsoup.parse(preview.formParam("action", "preview").when().post(path)
                .then().statusCode(200).extract().asString());
        assertEquals("2025-03-10", previewed.select("#effectiveDate").val(), "the letter's date, visible");
        assertEquals(3, previewed.select(".preview tbody tr").size());

        var save = CsrfForms.open(path).post();
        form.forEach(save::formParam);
        String location = save.formParam("action", "save").formParam("effectiveDate", "2025-03-10").when().post(path)
                .then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/communications/(\\d+).*", "$1"));
        List<CellChange> changes = QuarkusTransaction.requiringNew().call(() ->
                CellChange.<CellChange>list("requestId = ?1", request.id));
        assertEquals(3, changes.size());
        assertEquals(1, changes.stream().map(change -> change.changeSetId).distinct().count());
        for (CellChange change : changes) {
            assertEquals(id, change.communicationId);
            assertEquals(java.time.LocalDate.of(2025, 3, 10), change.value.effectiveDate());
            assertEquals("https://example.org/ny", change.value.sourceUrl());
        }
        ChangeSet set = QuarkusTransaction.requiringNew().call(() -> ChangeSet.findById(changes.get(0).changeSetId));
        assertEquals(id, set.communicationId);
        Document detail = Html.get(location);
        assertEquals(3, detail.select(".cited-cells li").size());
        assertTrue(Html.get("/requests/" + request.slug + "/cells/NY/f1").select(".cited-communications").text()
                .contains("New York answers the request"));
        assertTrue(Html.get("/requests/" + request.slug + "/cells/NY/f1?asOf=2025-03-09")
                .select(".cited-communications").isEmpty());
    }

    @Test
    void aRulingRecordedLetterFirstSetsTheLitigationStatusCitingItAndThatKeepsItFromBeingDeleted() {
        DataRequest request = requests.create(2, List.of("OR", "TX"));
        String path = "/requests/" + request.slug + "/communications/record";
        Map<String, String> form = Map.of("kind", "RULING", "date", "2026-01", "precision", "MONTH",
                "jurisdiction", "OR", "title", "The court dismisses the suit", "sourceTitle", "Court order",
                "scope", "chosen", "preset", "NONE", "litigation", "DISMISSED", "caseName", "United States v. Oregon");
        var preview = CsrfForms.open(path).post();
        form.forEach(preview::formParam);
        Document previewed = org.jsoup.Jsoup.parse(preview.formParam("action", "preview").when().post(path)
                .then().statusCode(200).extract().asString());
        assertEquals("2026-01-31", previewed.select("#effectiveDate").val(), "a month counts from its last day");
        assertTrue(previewed.select(".preview").text().contains("Litigation becomes Dismissed"),
                previewed.select(".preview").text());

        var save = CsrfForms.open(path).post();
        form.forEach(save::formParam);
        String location = save.formParam("action", "save").formParam("effectiveDate", "2026-01-31").when().post(path)
                .then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/communications/(\\d+).*", "$1"));
        Document state = Html.get("/requests/" + request.slug + "/jurisdictions/OR");
        String court = state.select(".jurisdiction-court").text();
        assertTrue(court.contains("Dismissed") && court.contains("United States v. Oregon")
                && court.contains("the communication"), court);
        assertTrue(state.select(".jurisdiction-court a[href$=/communications/" + id + "]").size() > 0);

        // the litigation form offers the ruling, and refuses a number that is not one of the request's
        String litigation = "/requests/" + request.slug + "/jurisdictions/OR/litigation";
        assertTrue(Html.get(litigation).select("#communicationId option[value=" + id + "]").size() == 1);
        var wrong = CsrfForms.open(litigation).post();
        wrong.formParam("status", "APPEALED").formParam("effectiveDate", "2026-02-02")
                .formParam("communicationId", "999999").when().post(litigation).then().statusCode(422)
                .body(containsString("This request has no communication with that number."));

        // a communication that litigation cites stays
        String admin = "/admin/requests/" + request.slug + "/communications/" + id + "/delete";
        var delete = CsrfForms.open("/admin/requests/" + request.slug + "/communications/" + id).post();
        delete.when().post(admin).then().statusCode(409);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() ->
                Communication.count("request.id", request.id)));
    }

    @Test
    void letterFirstRefusesAnIncompleteFormAndWritesNothing() {
        DataRequest request = requests.create(2, List.of("NY"));
        String path = "/requests/" + request.slug + "/communications/record";
        var save = CsrfForms.open(path).post();
        save.formParam("kind", "LETTER").formParam("date", "2025-13-01").formParam("jurisdiction", "NY")
                .formParam("scope", "all").formParam("preset", "NONE").formParam("status", "REFUSED")
                .formParam("action", "save").when().post(path).then().statusCode(422)
                .body(containsString("Enter a title.")).body(containsString("YYYY-MM-DD"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() ->
                Communication.count("request.id", request.id)));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() ->
                CellChange.count("requestId", request.id)));
    }

    @Test
    void theOldTimelineAddressesStillAnswer() {
        String slug = requests.create(1, List.of("NY")).slug;
        add(slug, Map.of("kind", "RULING", "date", "2025", "precision", "YEAR", "title", "A ruling"));
        given().get("/requests/" + slug + "/export/timeline.csv").then().statusCode(200)
                .body(containsString(",2025,RULING,"));
        given().get("/api/requests/" + slug + "/timeline").then().statusCode(200)
                .body("[0].summary", org.hamcrest.Matchers.equalTo("A ruling"));
        assertTrue(Arrays.asList(Kind.values()).contains(Kind.LAWSUIT));
    }
}
