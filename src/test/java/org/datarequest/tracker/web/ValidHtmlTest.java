package org.datarequest.tracker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.Login;
import org.datarequest.tracker.NuChecker;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every page type, as a reader, an editor and an admin sees it, has no error from the Nu HTML checker (run
 * in-process): custom attributes are data-*, ids are unique, every input is labelled, datetime values are valid.
 */
@QuarkusTest
class ValidHtmlTest {

    @Inject
    TestRequests requests;

    @Inject
    TestAccounts accounts;

    String slug;
    long changeSet;

    @BeforeEach
    void aRequestWithAChange() {
        slug = requests.create(3, List.of("NY", "TX", "PR")).slug;
        accounts.ensure("html-editor", Role.editor);
        changeSet = given().auth().preemptive().basic("html-editor", TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", "REFUSED", "effectiveDate", "2025-03-05", "sourceUrl", "https://example.org/a",
                        "note", "said so", "version", 0))
                .put("/api/requests/" + slug + "/cells/NY/f1").then().statusCode(200)
                .extract().jsonPath().getLong("changes[0].changeSet");
    }

    List<String> readerPages() {
        String r = "/requests/" + slug;
        return List.of("/", "/requests", r, r + "?asOf=2025-03-05", r + "/matrix", r + "/matrix?asOf=2025-03-05&status=REFUSED",
                r + "/jurisdictions/NY", r + "/cells/NY/f1", r + "/changes", r + "/changes?view=sets",
                r + "/changes?from=2025-03-01&to=2025-03-31", r + "/changes/sets/" + changeSet, "/login",
                r + "/communications", r + "/communications?asOf=2025-03-05&jurisdiction=NY",
                "/requests/no-such-request", r + "/matrix?status=NOPE",
                "/embed/requests/" + slug + "/map", "/embed/requests/" + slug + "/matrix?asOf=2025-03-05");
    }

    List<String> editorPages() {
        String r = "/requests/" + slug;
        return List.of(r + "/matrix", r + "/jurisdictions/NY/edit", r + "/cells/NY/f2", r + "/bulk", r + "/import",
                r + "/communications/record", r + "/communications/import", r + "/jurisdictions/NY/litigation",
                "/account", r);
    }

    List<String> adminPages() {
        String a = "/admin/requests/" + slug;
        return List.of("/admin", "/admin/requests", "/admin/requests/new", a, a + "/fields", a + "/fields/f1",
                a + "/coverage", a + "/communications", "/admin/accounts", a + "/webhooks");
    }

    Map<String, List<String>> check(List<String> pages, String session) {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        for (String page : pages) {
            var spec = given().redirects().follow(false);
            if (session != null) {
                spec = spec.cookie(Login.COOKIE, session);
            }
            Response response = spec.get(page);
            String type = response.contentType();
            assertFalse(response.statusCode() >= 300 && response.statusCode() < 400, page + " redirects");
            if (type == null || !type.startsWith("text/html")) {
                failures.put(page, List.of("not HTML: " + type + " " + response.statusCode()));
                continue;
            }
            List<String> errors = NuChecker.errors(response.asString());
            if (!errors.isEmpty()) {
                failures.put(page, errors.size() > 8 ? new ArrayList<>(errors.subList(0, 8)) : errors);
            }
        }
        return failures;
    }

    @Test
    void everyPageAReaderSeesIsValidHtml() {
        assertEquals(Map.of(), check(readerPages(), null));
    }

    @Test
    void everyPageAnEditorSeesIsValidHtml() {
        assertEquals(Map.of(), check(editorPages(), Login.as("html-editor", TestAccounts.PASSWORD)));
    }

    @Test
    void everyPageAnAdminSeesIsValidHtml() {
        assertEquals(Map.of(), check(adminPages(), Login.as("admin", Login.ADMIN_PASSWORD)));
    }

    @Test
    void theCheckerFindsWhatItShould() {
        assertFalse(NuChecker.errors("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body>"
                + "<a hx-get=\"/x\" href=\"/x\">x</a><time datetime=\"2025-03-05T10:00:00.123456Z\">t</time>"
                + "</body></html>").isEmpty());
        assertEquals(List.of(), NuChecker.errors("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body>"
                + "<a data-hx-get=\"/x\" href=\"/x\">x</a><time datetime=\"2025-03-05T10:00:00.123Z\">t</time>"
                + "</body></html>"));
    }
}
