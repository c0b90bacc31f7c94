package org.datarequest.tracker.caching;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import java.util.List;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Login;
import org.datarequest.tracker.SqlStatements;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.request.DataRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Kept pages are shared between readers of the same roles, but never anyone's name, token or edit controls. */
@QuarkusTest
class RenderCacheTest {

    @Inject
    TestRequests requests;

    @Inject
    TestAccounts accounts;

    @Inject
    SqlStatements sql;

    private DataRequest request;

    @BeforeEach
    void twoFieldsInTexas() {
        request = requests.create(2, List.of("TX"));
    }

    @Test
    void twoAccountsNeverSeeEachOthersNameOrCsrfTokenThroughTheCache() {
        String alice = accounts.session("cache-alice", Role.editor);
        String bob = accounts.session("cache-bobby", Role.editor);
        for (String path : List.of("/requests/" + request.slug + "/matrix", "/requests/" + request.slug,
                "/requests/" + request.slug + "/jurisdictions/TX", "/requests")) {
            CsrfForms.Page first = CsrfForms.open(path, alice);
            CsrfForms.Page second = CsrfForms.open(path, bob);
            String bobsPage = second.document().outerHtml();
            assertTrue(first.document().select(".account-nav").text().contains("cache-alice"), path);
            assertTrue(second.document().select(".account-nav").text().contains("cache-bobby"), path);
            assertFalse(bobsPage.contains("cache-alice"), path + " shows the other account's name");
            assertNotEquals(first.token(), second.token(), path);
            assertFalse(bobsPage.contains(first.token()), path + " carries the other account's CSRF token");
            assertEquals(second.cookie(), second.document().selectFirst("form[action=/logout] input[name=csrf-token]").val(),
                    path + ": the logout form carries the reader's own token");
        }
    }

    @Test
    void aViewerNeverGetsTheEditControlsAnEditorsPageWasKeptWith() {
        String matrix = "/requests/" + request.slug + "/matrix";
        String editor = accounts.session("cache-editor", Role.editor);
        String viewer = accounts.session("cache-viewer", Role.viewer);
        assertTrue(page(matrix, editor).contains("Bulk edit"));
        String viewersPage = page(matrix, viewer);
        assertFalse(viewersPage.contains("Bulk edit"));
        assertFalse(viewersPage.contains("hx-get=\"/requests/" + request.slug + "/cells/"));
        assertFalse(page(matrix, null).contains("Bulk edit"));
        assertTrue(page(matrix, null).contains("href=\"/login\""));
    }

    @Test
    void aKeptPageCostsOneStatementForAnonymousReadersWhoDoNotAskForGzip() {
        String matrix = "/requests/" + request.slug + "/matrix";
        // without Accept-Encoding (a gzip answer goes through the page, its rendering replaced by the kept one)
        RestAssuredConfig plain = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        given().config(plain).get(matrix).then().statusCode(200);
        assertEquals(1, sql.countWhile(() -> given().config(plain).get(matrix).then().statusCode(200)));
    }

    private static String page(String path, String session) {
        var spec = given();
        if (session != null) {
            spec = spec.cookie(Login.COOKIE, session);
        }
        return spec.get(path).then().statusCode(200).extract().asString();
    }
}
