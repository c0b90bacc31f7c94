package org.datarequest.tracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Login;
import org.datarequest.tracker.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginTest {

    @Inject
    TestAccounts accounts;

    @Inject
    AccountService service;

    @Inject
    LoginThrottle throttle;

    @Test
    void theFirstAdminLogsInThroughTheRealFormAndSeesTheirNameAndTheAdminLink() {
        String session = Login.as("admin", Login.ADMIN_PASSWORD);
        Document home = CsrfForms.open("/requests", session).document();
        assertEquals("admin", home.select("a[href=/account]").text());
        assertEquals(1, home.select("nav a[href=/admin]").size());
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPageWithAMessage() {
        accounts.ensure("login-wrong", Role.viewer);
        Login.attempt("login-wrong", "nope")
                .then().statusCode(302).header("Location", containsString("/login?error"));
        given().when().get("/login?error=true").then().statusCode(200)
                .body(containsString("Logging in failed"));
        throttle.forget();
    }

    @Test
    void aDisabledAccountCannotLogInAndItsOpenSessionEnds() {
        String username = accounts.ensure("login-disabled", Role.editor);
        String session = Login.as(username, TestAccounts.PASSWORD);
        long id = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername(username).orElseThrow().id);
        service.setEnabled(id, false);
        given().redirects().follow(false).cookie(Login.COOKIE, session).when().get("/account")
                .then().statusCode(302).header("Location", containsString("/login"));
        Login.attempt(username, TestAccounts.PASSWORD)
                .then().statusCode(302).header("Location", containsString("error"));
        throttle.forget();
    }

    @Inject
    Clock clock;

    @Test
    void afterThreeFreeFailuresTheNextTryFromThatAddressWaitsEvenWithTheRightPassword() {
        String username = accounts.ensure("login-throttled", Role.viewer);
        // the clock stands still for this test: the wait of 1 s after the fourth failure cannot run out while a
        // slow machine makes the next attempt
        QuarkusMock.installMockForType(Clock.fixed(clock.instant(), clock.getZone()), Clock.class);
        try {
            for (int attempt = 0; attempt < 4; attempt++) {
                Login.attempt(username, "guess").then().header("Location", containsString("error"));
            }
            Login.attempt(username, TestAccounts.PASSWORD)
                    .then().statusCode(302).header("Location", containsString("error"));
        } finally {
            throttle.forget();
        }
        Login.as(username, TestAccounts.PASSWORD);
    }

    @Test
    void loggingOutEndsTheSession() {
        String session = accounts.session("login-out", Role.viewer);
        CsrfForms.Page page = CsrfForms.open("/account", session);
        String expired = page.post().when().post("/logout")
                .then().statusCode(303).header("Location", endsWith("/login?loggedOut=true"))
                .extract().cookie(Login.COOKIE);
        assertTrue(expired == null || expired.isEmpty());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        accounts.ensure("login-cookie", Role.viewer);
        String header = Login.attempt("login-cookie", TestAccounts.PASSWORD).then().extract().header("Set-Cookie");
        assertTrue(header.contains("HTTPOnly") || header.contains("HttpOnly"), header);
        assertTrue(header.contains("SameSite=Lax"), header);
    }
}
