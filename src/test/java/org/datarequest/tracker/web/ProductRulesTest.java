package org.datarequest.tracker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.admin.FieldAdmin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Former 500s that are now saved or refused properly, and the product rules around editing. */
@io.quarkus.test.junit.QuarkusTest
class ProductRulesTest {

    @Inject
    TestRequests requests;

    @Inject
    TestAccounts accounts;

    @Inject
    FieldAdmin fieldAdmin;

    @Test
    void aNoteOf700EuroSignsIsSavedThoughItIsOver2048Bytes() {
        DataRequest request = requests.create(1, List.of("NY"));
        String cell = "/requests/" + request.slug + "/cells/NY/f1";
        String editor = accounts.session("rules-euro", Role.editor);
        CsrfForms.open(cell, editor).post().formParam("status", "REFUSED").formParam("effectiveDate", "2025-03-02")
                .formParam("sourceTitle", "Letter").formParam("note", "\u20ac".repeat(700)).formParam("version", "0")
                .when().post(cell).then().statusCode(303);
    }

    @Test
    void aQuoteOf2100CharactersIsSaved() {
        DataRequest request = requests.create(1, List.of("NY"));
        String admin = accounts.session("rules-quote", Role.admin);
        String timeline = "/admin/requests/" + request.slug + "/communications";
        CsrfForms.open(timeline, admin).post().formParam("kind", "STATEMENT").formParam("date", "2025-03-02")
                .formParam("title", "A long statement").formParam("quote", "q".repeat(2100))
                .when().post(timeline).then().statusCode(303);
    }

    @Test
    void theEffectiveDateIsRequiredAndPreFilledWithToday() {
        DataRequest request = requests.create(1, List.of("NY"));
        String cell = "/requests/" + request.slug + "/cells/NY/f1";
        String editor = accounts.session("rules-date", Role.editor);
        CsrfForms.Page page = CsrfForms.open(cell, editor);
        String today = LocalDate.now(ZoneId.of("America/New_York")).toString();
        assertEquals(today, page.document().selectFirst("#effectiveDate").val());
        Response blank = page.post().formParam("status", "REFUSED").formParam("effectiveDate", "")
                .formParam("sourceTitle", "Letter").formParam("version", "0").when().post(cell);
        blank.then().statusCode(422);
        assertTrue(Jsoup.parse(blank.body().asString()).select("#effectiveDate-error").text()
                .contains("Enter the effective date"));
    }

    @Test
    void aRetiredFieldsCellIsReadOnlyWithANoteWhy() {
        DataRequest request = requests.create(2, List.of("NY"));
        fieldAdmin.retire(request.slug, "f2", true);
        String cell = "/requests/" + request.slug + "/cells/NY/f2";
        String editor = accounts.session("rules-retired", Role.editor);
        Document page = CsrfForms.open(cell, editor).document();
        assertEquals(0, page.select("form[method=post][action$=/cells/NY/f2]").size());
        assertEquals(0, page.select("select[name=status]").size());
        assertTrue(page.select("#edit").text().contains("was retired"));
        CsrfForms.open(cell, editor).post().when().post(cell + "/verify").then().statusCode(422);
    }

    @Test
    void aForgedHostHeaderNeverReachesARedirect() {
        given().redirects().follow(false).header("Host", "evil.example").when().get("/account")
                .then().statusCode(302).header("Location", not(startsWith("http://evil.example")));
        DataRequest request = requests.create(1, List.of("NY"));
        String editor = accounts.session("rules-host", Role.editor);
        String cell = "/requests/" + request.slug + "/cells/NY/f1";
        CsrfForms.open(cell, editor).post().header("Host", "evil.example").formParam("status", "NO_RESPONSE")
                .formParam("version", "0").when().post(cell)
                .then().statusCode(303).header("Location", startsWith("/requests/"));
    }

    @Test
    void theFeedsIdsComeFromConfigurationNotFromHost() {
        DataRequest request = requests.create(1, List.of("NY"));
        String feed = given().header("Host", "evil.example").when().get("/requests/" + request.slug + "/changes.atom")
                .then().statusCode(200).extract().asString();
        assertTrue(!feed.contains("evil.example"), feed);
    }

    @Test
    void aViewerOpeningAnEditAddressGetsAPageSayingWhy() {
        String viewer = accounts.session("rules-viewer", Role.viewer);
        Response answer = given().redirects().follow(false).cookie(org.datarequest.tracker.Login.COOKIE, viewer)
                .when().get("/requests/pacei-2017/jurisdictions/NY/edit");
        answer.then().statusCode(403);
        assertTrue(Jsoup.parse(answer.body().asString()).select("main").text().contains("This page is for editors"));
    }

    @Test
    void signedInUnmatchedAddressesAreFriendly404s() {
        String viewer = accounts.session("rules-404", Role.viewer);
        for (String path : List.of("/favicon.ico", "/robots.txt", "/q/nothing", "/no/such/page")) {
            given().redirects().follow(false).cookie(org.datarequest.tracker.Login.COOKIE, viewer).when().get(path)
                    .then().statusCode(404).header("Content-Type", org.hamcrest.Matchers.containsString("text/html"));
        }
        given().redirects().follow(false).when().get("/no/such/page").then().statusCode(404)
                .header("Content-Type", not(endsWith("json")));
    }
}
