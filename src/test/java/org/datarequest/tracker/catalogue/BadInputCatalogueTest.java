package org.datarequest.tracker.catalogue;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.FieldAdmin;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad input, as careless users and attackers send it, over query parameters, paths, forms, API bodies and CSV
 * imports. Each case must answer a 4xx whose text says what is wrong, and leave the change log (cell changes
 * and timeline revisions) as it was. The last check: nothing of it was logged at ERROR.
 */
@QuarkusTest
class BadInputCatalogueTest {

    /** One bad input: what is sent, and a piece of the message that must come back. */
    record Case(String category, String name, Supplier<Response> send, String expected) {
    }

    @Inject
    TestAccounts accounts;

    @Inject
    TestRequests requests;

    @Inject
    FieldAdmin fieldAdmin;

    @Inject
    EntityManager entityManager;

    private String slug;
    private String editor;
    private String admin;
    private String viewer;
    private CsrfForms.Page editorPage;
    private CsrfForms.Page adminPage;
    private CsrfForms.Page viewerPage;
    private long someAccount;

    @TestFactory
    Stream<DynamicTest> everyBadInputIsA4xxWithAMessageAndChangesNothing() {
        DataRequest request = requests.create(3, List.of("NY", "TX"));
        slug = request.slug;
        fieldAdmin.retire(slug, "f3", true);
        editor = accounts.session("catalogue-editor", Role.editor);
        admin = accounts.session("catalogue-admin", Role.admin);
        viewer = accounts.session("catalogue-viewer", Role.viewer);
        accounts.ensure("catalogue-api", Role.editor);
        accounts.ensure("catalogue-api-viewer", Role.viewer);
        someAccount = QuarkusTransaction.requiringNew().call(() -> org.datarequest.tracker.account.Account
                .findByUsername("catalogue-viewer").orElseThrow().id);
        editorPage = CsrfForms.open("/requests/" + slug + "/cells/NY/f1", editor);
        adminPage = CsrfForms.open("/admin/accounts", admin);
        viewerPage = CsrfForms.open("/account", viewer);

        List<Case> cases = new ArrayList<>();
        cases.addAll(CatalogueCases.queryParameters(slug));
        cases.addAll(CatalogueCases.paths(slug, this::asEditor, this::asViewer));
        cases.addAll(CatalogueCases.forms(slug, this::editorForm, this::adminForm, this::viewerForm, someAccount));
        cases.addAll(CatalogueCases.apiBodies(slug, this::api, this::apiAsViewer));
        cases.addAll(CatalogueCases.csvImports(slug, this::upload));

        ErrorLog errorLog = ErrorLog.install();
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        cases.forEach(one -> perCategory.merge(one.category(), 1, Integer::sum));
        Stream<DynamicTest> each = cases.stream().map(one ->
                DynamicTest.dynamicTest(one.category() + ": " + one.name(), () -> check(one)));
        Stream<DynamicTest> closing = Stream.of(
                DynamicTest.dynamicTest("at least 80 cases, over every category " + perCategory, () -> {
                    assertTrue(cases.size() >= 80, "only " + cases.size() + " cases");
                    assertEquals(5, perCategory.size());
                }),
                DynamicTest.dynamicTest("nothing was logged at ERROR", () -> {
                    try (errorLog) {
                        assertEquals(List.of(), errorLog.errors());
                    }
                }));
        return Stream.concat(each, closing);
    }

    private void check(Case one) {
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

    private long changeLogSize() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select (select count(*) from cell_change) + (select count(*) from timeline_revision)")
                .getSingleResult()).longValue());
    }

    private static String shorten(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    private RequestSpecification asEditor() {
        return given().redirects().follow(false).cookie(Login.COOKIE, editor);
    }

    private RequestSpecification asViewer() {
        return given().redirects().follow(false).cookie(Login.COOKIE, viewer);
    }

    private RequestSpecification editorForm() {
        return editorPage.post();
    }

    private RequestSpecification adminForm() {
        return adminPage.post();
    }

    private RequestSpecification viewerForm() {
        return viewerPage.post();
    }

    private RequestSpecification api() {
        return given().redirects().follow(false).auth().preemptive().basic("catalogue-api", TestAccounts.PASSWORD)
                .contentType(ContentType.JSON);
    }

    private RequestSpecification apiAsViewer() {
        return given().redirects().follow(false).auth().preemptive()
                .basic("catalogue-api-viewer", TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    /** Uploads a file to the import as its form does; {@code null} sends the form without a file. */
    private Response upload(byte[] content) {
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
