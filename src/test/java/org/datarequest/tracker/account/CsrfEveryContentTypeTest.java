package org.datarequest.tracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Login;
import org.datarequest.tracker.TestAccounts;
import org.junit.jupiter.api.Test;

/** A session cookie alone never changes anything, whatever the body's type, and logging in needs the token too. */
@QuarkusTest
class CsrfEveryContentTypeTest {

    @Inject
    TestAccounts accounts;

    @Inject
    LoginThrottle throttle;

    private long victim() {
        accounts.ensure("csrf-victim", Role.editor);
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername("csrf-victim").orElseThrow().id);
    }

    private static boolean enabled(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(id).enabled);
    }

    @Test
    void aPlainTextBodyWithTheSessionCookieAloneIsRefused() {
        String admin = accounts.session("csrf-admin-1", Role.admin);
        long id = victim();
        given().redirects().follow(false).cookie(Login.COOKIE, admin).contentType("text/plain").body("enabled=false")
                .when().post("/admin/accounts/" + id + "/enabled")
                .then().statusCode(400).body(containsString("takes a form sent from one of the tracker"));
        assertTrue(enabled(id));
    }

    @Test
    void aPostWithNoBodyIsRefused() {
        String admin = accounts.session("csrf-admin-2", Role.admin);
        long id = victim();
        given().redirects().follow(false).cookie(Login.COOKIE, admin)
                .when().post("/admin/accounts/" + id + "/enabled").then().statusCode(400);
        assertTrue(enabled(id));
    }

    @Test
    void aJsonBodyIsRefused() {
        String admin = accounts.session("csrf-admin-3", Role.admin);
        long id = victim();
        given().redirects().follow(false).cookie(Login.COOKIE, admin).contentType("application/json")
                .body("{\"enabled\":false}").when().post("/admin/accounts/" + id + "/enabled").then().statusCode(400);
        assertTrue(enabled(id));
    }

    @Test
    void aMultipartBodyWithoutTheTokenIsRefused() {
        String admin = accounts.session("csrf-admin-4", Role.admin);
        long id = victim();
        // A form route refuses a multipart body (415); a multipart route checks its token like any form.
        given().redirects().follow(false).cookie(Login.COOKIE, admin).multiPart("enabled", "false")
                .when().post("/admin/accounts/" + id + "/enabled").then().statusCode(anyOf(is(400), is(415)));
        assertTrue(enabled(id));
        given().redirects().follow(false).cookie(Login.COOKIE, admin)
                .multiPart("file", "cells.csv", "jurisdiction,field,status\n".getBytes(), "text/csv")
                .when().post("/requests/pacei-2017/import").then().statusCode(400);
    }

    @Test
    void aFormWithoutTheTokenOrWithAForgedOneIsRefused() {
        String admin = accounts.session("csrf-admin-5", Role.admin);
        long id = victim();
        CsrfForms.Page page = CsrfForms.open("/admin/accounts", admin);
        page.postWithoutToken().formParam("enabled", "false").when().post("/admin/accounts/" + id + "/enabled")
                .then().statusCode(400);
        page.postForged().formParam("enabled", "false").when().post("/admin/accounts/" + id + "/enabled")
                .then().statusCode(400);
        assertTrue(enabled(id));
    }

    @Test
    void theTokenInTheHeaderWorksForScriptsOnThePage() {
        String admin = accounts.session("csrf-admin-6", Role.admin);
        long id = victim();
        CsrfForms.Page page = CsrfForms.open("/admin/accounts", admin);
        given().redirects().follow(false).cookie(Login.COOKIE, admin).cookie(CsrfForms.TOKEN, page.cookie())
                .header("X-CSRF-TOKEN", page.token()).contentType("application/x-www-form-urlencoded")
                .formParam("enabled", "true").when().post("/admin/accounts/" + id + "/enabled").then().statusCode(303);
        given().redirects().follow(false).cookie(Login.COOKIE, admin).cookie(CsrfForms.TOKEN, page.cookie())
                .header("X-CSRF-TOKEN", "forged").formParam("enabled", "false")
                .when().post("/admin/accounts/" + id + "/enabled").then().statusCode(400);
        assertTrue(enabled(id));
    }

    @Test
    void aLoginWithoutTheLoginPagesTokenFailsAndSetsNoSession() {
        accounts.ensure("csrf-login", Role.viewer);
        try {
            String cookie = given().redirects().follow(false).formParam("j_username", "csrf-login")
                    .formParam("j_password", TestAccounts.PASSWORD).when().post("/j_security_check")
                    .then().statusCode(302).header("Location", containsString("/login?error"))
                    .extract().cookie(Login.COOKIE);
            assertNull(cookie);
            CsrfForms.Page page = CsrfForms.open("/login");
            page.postForged().formParam("j_username", "csrf-login").formParam("j_password", TestAccounts.PASSWORD)
                    .when().post("/j_security_check").then().statusCode(302)
                    .header("Location", containsString("/login?error"));
        } finally {
            throttle.forget();
        }
        Login.as("csrf-login", TestAccounts.PASSWORD);
    }

    @Test
    void theCsrfCookieIsSameSiteStrict() {
        String header = given().when().get("/login").then().statusCode(200).extract().header("Set-Cookie");
        assertTrue(header != null && header.contains("csrf-token=") && header.contains("SameSite=Strict"), header);
    }
}
