package org.datarequest.tracker.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Html;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.cell.Cell;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** An admin sets up a second request from the browser: details, 11 fields by CSV, 50 states + DC + PR. */
@QuarkusTest
@TestSecurity(user = "ad", roles = {"viewer", "editor", "admin"})
class SecondRequestTest {

    static String elevenFields() {
        StringBuilder csv = new StringBuilder("position,key,label,wording,sensitivity\r\n");
        String[] sensitivity = {"PUBLIC", "RESTRICTED", "PROTECTED"};
        for (int i = 1; i <= 11; i++) {
            csv.append(i).append(",field_").append(i).append(",Field ").append(i)
                    .append(",\"the item number ").append(i).append(", as worded\",").append(sensitivity[i % 3]).append("\r\n");
        }
        return csv.toString();
    }

    static io.restassured.response.Response createRequest(String slug) {
        return post("/admin/requests/new", "/admin/requests", Map.of("slug", slug,
                "title", "Department of Justice demand for voter lists " + slug, "requester", "US Department of Justice",
                "sentOn", "2025-06-10", "deadline", "2025-07-10", "sourceUrl", "https://example.org/letter"));
    }

    static io.restassured.response.Response upload(String slug, String csv) {
        CsrfForms.Page page = CsrfForms.open("/admin/requests/" + slug + "/fields");
        return given().redirects().follow(false).cookie(CsrfForms.TOKEN, page.cookie())
                .multiPart(CsrfForms.TOKEN, page.token())
                .multiPart("file", "fields.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/admin/requests/" + slug + "/fields/upload");
    }

    @Test
    void anAdminSetsUpASecondRequestAndItsPagesWorkWhileThe2017OneIsUnchanged() {
        long cells2017 = count("select count(r) from Cell r where r.request.slug = 'pacei-2017'");
        long changes2017 = count("select count(c) from CellChange c, DataRequest d where c.requestId = d.id and d.slug = 'pacei-2017'");

        createRequest("doj-2025").then().statusCode(303).header("Location", endsWith("/admin/requests/doj-2025?saved=created"));
        upload("doj-2025", elevenFields()).then().statusCode(303);
        post("/admin/requests/doj-2025/coverage", "/admin/requests/doj-2025/coverage/add",
                Map.of("add", "PR")).then().statusCode(303);

        assertEquals(11, count("select count(f) from RequestedField f where f.request.slug = 'doj-2025'"));
        assertEquals(52, count("select count(c) from Coverage c where c.request.slug = 'doj-2025'"));
        assertEquals(52 * 11, count("select count(r) from Cell r where r.request.slug = 'doj-2025'"));

        Document dashboard = Html.get("/requests/doj-2025");
        assertTrue(dashboard.select("h1").text().startsWith("Department of Justice demand"));
        assertTrue(dashboard.select("svg.tile-map a[aria-label^=Puerto Rico]").size() == 1, "PR is on the map");
        Document matrix = Html.get("/requests/doj-2025/matrix");
        assertTrue(matrix.text().contains("Puerto Rico"));
        assertTrue(matrix.text().contains("Field 11"));
        given().when().get("/requests/doj-2025/export/timeline.csv").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("doj-2025-timeline-"));
        Html.get("/requests").select("a[href=/requests/doj-2025]").first();

        assertEquals(cells2017, count("select count(r) from Cell r where r.request.slug = 'pacei-2017'"));
        assertEquals(663, cells2017);
        assertEquals(changes2017, count("select count(c) from CellChange c, DataRequest d where c.requestId = d.id and d.slug = 'pacei-2017'"));
    }

    @Test
    void aBadSlugIsRefusedNextToTheSlugField() {
        for (String bad : List.of("Has Spaces", "ab", "UPPER-case", "trailing-", "x".repeat(61))) {
            String body = createRequest(bad).then().statusCode(422).extract().body().asString();
            Document page = org.jsoup.Jsoup.parse(body);
            assertEquals("true", page.select("#slug").attr("aria-invalid"), bad);
            assertTrue(page.select("#slug-error").text().length() > 0, bad);
            assertTrue(page.select(".error-summary a[href=#slug]").size() == 1, bad);
            assertEquals(bad, page.select("#slug").attr("value"), "what was typed is kept");
        }
        assertEquals(0, count("select count(d) from DataRequest d where d.slug = 'ab'"));
    }

    @Test
    void aSlugInUseIsRefused() {
        String body = createRequest("pacei-2017").then().statusCode(422).extract().body().asString();
        assertTrue(body.contains("Another request already uses this slug"));
    }

    @Test
    void aMalformedDateComesBackWithAMessage() {
        String body = post("/admin/requests/new", "/admin/requests", Map.of("slug", "bad-date-1",
                "title", "T", "requester", "R", "sentOn", "2025-02-31")).then().statusCode(422).extract().asString();
        assertTrue(org.jsoup.Jsoup.parse(body).select("#sentOn-error").text().contains("YYYY-MM-DD"));
    }

    @Test
    void aFieldFileWithProblemsIsReportedPerLineAndNothingIsWritten() {
        createRequest("csv-errors-1").then().statusCode(303);
        String csv = "position,key,label,wording,sensitivity\n1,good_key,Good,ok,PUBLIC\n2,Bad Key,Bad,ok,PUBLIC\n"
                + "x,third,Third,ok,SECRET\n4,good_key,Again,ok,PUBLIC\n";
        String body = upload("csv-errors-1", csv).then().statusCode(422).extract().asString();
        String problems = org.jsoup.Jsoup.parse(body).select(".line-errors").text();
        assertTrue(problems.contains("Line 3, column key"), problems);
        assertTrue(problems.contains("Line 4, column position"), problems);
        assertTrue(problems.contains("Line 4, column sensitivity"), problems);
        assertTrue(problems.contains("Line 5, column key"), problems);
        assertEquals(0, count("select count(f) from RequestedField f where f.request.slug = 'csv-errors-1'"));
    }

    @Test
    void archivedRequestsAreListedApartAndLeaveTheHomePage() {
        createRequest("archive-me-1").then().statusCode(303);
        post("/admin/requests/archive-me-1", "/admin/requests/archive-me-1/archive",
                Map.of("archived", "true")).then().statusCode(303)
                .header("Location", endsWith("saved=archived"));
        Document list = Html.get("/requests");
        assertTrue(list.select("h2#archived-title + table a[href=/requests/archive-me-1]").size() == 1);
        String home = QuarkusTransaction.requiringNew().call(() -> DataRequest.newestCurrent().orElseThrow().slug);
        assertTrue(!home.equals("archive-me-1"));
        post("/admin/requests/archive-me-1", "/admin/requests/archive-me-1/archive",
                Map.of("archived", "false")).then().statusCode(303);
        assertTrue(Html.get("/requests").select("h2#archived-title + table a[href=/requests/archive-me-1]").isEmpty());
    }

    @Test
    void editingKeepsTheSlugAndSavesTheRest() {
        createRequest("edit-me-1").then().statusCode(303);
        post("/admin/requests/edit-me-1", "/admin/requests/edit-me-1", Map.of("slug", "changed-slug",
                "title", "New title", "requester", "Someone", "sentOn", "2025-06-11")).then().statusCode(303)
                .header("Location", endsWith("/admin/requests/edit-me-1?saved=updated"));
        DataRequest saved = QuarkusTransaction.requiringNew().call(() -> DataRequest.findBySlug("edit-me-1").orElseThrow());
        assertEquals("New title", saved.title);
        assertEquals(null, saved.deadline);
    }

    /** Opens the page holding a form, then posts {@code values} to {@code action} with its CSRF token. */
    static io.restassured.response.Response post(String page, String action, Map<String, ?> values) {
        return CsrfForms.open(page).post().formParams(values).when().post(action);
    }

    static long count(String jpql) {
        return QuarkusTransaction.requiringNew().call(() ->
                Cell.getEntityManager().createQuery(jpql, Long.class).getSingleResult());
    }

    @SuppressWarnings("unused")
    private static Class<?> keep = CellChange.class;
}
