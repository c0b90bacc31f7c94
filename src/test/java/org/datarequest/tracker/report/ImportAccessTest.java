package org.datarequest.tracker.report;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** Only editors (and admins, who hold the editor role) may import; readers may not even see the form. */
@QuarkusTest
class ImportAccessTest {

    private static final String IMPORT = "/requests/pacei-2017/import";

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        given().redirects().follow(false).when().get(IMPORT).then().statusCode(302);
        given().redirects().follow(false).formParam("sha256", "x").when().post(IMPORT + "/apply")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(302),
                        org.hamcrest.Matchers.is(400), org.hamcrest.Matchers.is(401)));
    }

    @Test
    @TestSecurity(user = "vi", roles = {"viewer"})
    void aViewerIsForbidden() {
        given().redirects().follow(false).when().get(IMPORT).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ad", roles = {"viewer", "editor", "admin"})
    void anAdminMayImport() {
        given().redirects().follow(false).when().get(IMPORT).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "vi", roles = {"viewer"})
    void aViewerSeesNoImportLink() {
        org.junit.jupiter.api.Assertions.assertTrue(org.datarequest.tracker.Html.get("/requests/pacei-2017")
                .select("a[href$=/import]").isEmpty());
    }

    @Test
    @TestSecurity(user = "ed", roles = {"viewer", "editor"})
    void anEditorSeesTheImportLink() {
        org.junit.jupiter.api.Assertions.assertFalse(org.datarequest.tracker.Html.get("/requests/pacei-2017")
                .select("a[href$=/import]").isEmpty());
    }
}
