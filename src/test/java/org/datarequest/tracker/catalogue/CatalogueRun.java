package org.datarequest.tracker.catalogue;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Login;
import org.datarequest.tracker.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad input, as careless users and attackers send it, over query parameters, paths, forms, API bodies and CSV
 * imports. Each case must answer a 4xx whose text says what is wrong, and leave the change log as it was.
 * Subclasses set up the data (in the test's app, or in a packaged app over HTTP) and count the change log.
 */
abstract class CatalogueRun {

    /** One bad input: what is sent, and a piece of the message that must come back. */
    record Case(String category, String name, Supplier<Response> send, String expected) {
    }

    protected String slug;
    protected String editor;
    protected String admin;
    protected String viewer;
    protected CsrfForms.Page editorPage;
    protected CsrfForms.Page adminPage;
    protected CsrfForms.Page viewerPage;
    protected long someAccount;

    /** Creates the request (fields f1–f3, f3 retired, covering NY and TX) and the accounts, and logs them in. */
    protected abstract void setUp();

    /** Cell changes plus communication revisions (or what of them can be counted from outside). */
    protected abstract long changeLogSize();

    /** The closing check on the log; null when the log is checked elsewhere (by a script). */
    protected abstract ErrorLog errorLog();

    protected List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(CatalogueCases.queryParameters(slug));
        cases.addAll(CatalogueCases.paths(slug, this::asEditor, this::asViewer));
        cases.addAll(CatalogueCases.forms(slug, this::editorForm, this::adminForm, this::viewerForm, someAccount));
        cases.addAll(CatalogueCases.apiBodies(slug, this::api, this::apiAsViewer));
        cases.addAll(CatalogueCases.csvImports(slug, this::upload));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsA4xxWithAMessageAndChangesNothing() {
        setUp();
        editorPage = CsrfForms.open("/requests/" + slug + "/cells/NY/f1", editor);
        adminPage = CsrfForms.open("/admin/accounts", admin);
        viewerPage = CsrfForms.open("/account", viewer);
        List<Case> cases = cases();
        ErrorLog errorLog = errorLog();
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        cases.forEach(one -> perCategory.merge(one.category(), 1, Integer::sum));
        Stream<DynamicTest> each = cases.stream().map(one ->
                DynamicTest.dynamicTest(one.category() + ": " + one.name(), () -> check(one)));
        List<DynamicTest> closing = new ArrayList<>();
        closing.add(DynamicTest.dynamicTest("at least 80 cases, over every category " + perCategory, () -> {
            assertTrue(cases.size() >= 80, "only " + cases.size() + " cases");
            assertEquals(5, perCategory.size());
        }));
        if (errorLog != null) {
            closing.add(DynamicTest.dynamicTest("nothing was logged at ERROR", () -> {
                try (errorLog) {
                    assertEquals(List.of(), errorLog.errors());
                }
            }));
        }
        return Stream.concat(each, closing.stream());
    }

    protected void check(Case one) {
        long before = changeLogSize();
        Response response = one.send().get();
        int status = response.statusCode();
        String body = response.body().asString();
        String text = body.trim().startsWith("{") || body.trim().startsWith("[") ? body : Jsoup.parse(body).text();
        assertTrue(status >= 400 && status < 500, one.name() + ": answered " + status + ": " + shorten(text));
        assertTrue(text.contains(one.expected()), one.name() + ": " + status + " without \u201c" + one.expected()
                + "\u201d in: " + shorten(text));
        assertEquals(before, changeLogSize(), one.name() + ": the change log changed");
    }

    private static String shorten(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    protected RequestSpecification asEditor() {
        return given().redirects().follow(false).cookie(Login.COOKIE, editor);
    }

    protected RequestSpecification asViewer() {
        return given().redirects().follow(false).cookie(Login.COOKIE, viewer);
    }

    protected RequestSpecification editorForm() {
        return editorPage.post();
    }

    protected RequestSpecification adminForm() {
        return adminPage.post();
    }

    protected RequestSpecification viewerForm() {
        return viewerPage.post();
    }

    protected RequestSpecification api() {
        return given().redirects().follow(false).auth().preemptive().basic("catalogue-api", TestAccounts.PASSWORD)
                .contentType(ContentType.JSON);
    }

    protected RequestSpecification apiAsViewer() {
        return given().redirects().follow(false).auth().preemptive()
                .basic("catalogue-api-viewer", TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    /** Uploads a file to the import as its form does; {@code null} sends the form without a file. */
    protected Response upload(byte[] content) {
        RequestSpecification spec = given().redirects().follow(false).cookie(Login.COOKIE, editor)
                .cookie(CsrfForms.TOKEN, editorPage.cookie())
                .multiPart(CsrfForms.TOKEN, editorPage.token());
        if (content != null) {
            spec = spec.multiPart("file", "cells.csv", content, "text/csv");
        }
        return spec.when().post("/requests/" + slug + "/import");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
