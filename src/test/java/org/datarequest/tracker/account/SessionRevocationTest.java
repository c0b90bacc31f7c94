package org.datarequest.tracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Login;
import org.datarequest.tracker.TestAccounts;
import org.junit.jupiter.api.Test;

/** Every way a session should end ends it on the server: a copy of the old cookie no longer works. */
@QuarkusTest
class SessionRevocationTest {

    @Inject
    TestAccounts accounts;

    @Inject
    AccountService service;

    private static void stillLoggedIn(String session) {
        given().redirects().follow(false).cookie(Login.COOKIE, session).when().get("/account").then().statusCode(200);
    }

    private static void loggedOut(String session) {
        given().redirects().follow(false).cookie(Login.COOKIE, session).when().get("/account")
                .then().statusCode(302).header("Location", containsString("/login"));
    }

    private static long id(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().id);
    }

    @Test
    void afterLoggingOutACopyOfTheOldCookieNoLongerWorks() {
        String session = accounts.session("revoke-logout", Role.viewer);
        stillLoggedIn(session);
        CsrfForms.open("/account", session).post().when().post("/logout").then().statusCode(303);
        loggedOut(session);
    }

    @Test
    void logOutEverywhereEndsEverySessionOfTheAccount() {
        String first = accounts.session("revoke-everywhere", Role.editor);
        String second = Login.as("revoke-everywhere", TestAccounts.PASSWORD);
        stillLoggedIn(first);
        CsrfForms.open("/account", second).post().when().post("/account/sessions/end")
                .then().statusCode(303).header("Location", containsString("/login?loggedOut=true"));
        loggedOut(first);
        loggedOut(second);
    }

    @Test
    void anAdminsPasswordResetEndsTheAccountsSessions() {
        String session = accounts.session("revoke-reset", Role.viewer);
        service.setPassword(id("revoke-reset"), "another-long-password");
        loggedOut(session);
    }

    @Test
    void disablingEndsTheAccountsSessionsAndEnablingDoesNotBringThemBack() {
        String session = accounts.session("revoke-disable", Role.viewer);
        service.setEnabled(id("revoke-disable"), false);
        service.setEnabled(id("revoke-disable"), true);
        loggedOut(session);
    }

    @Test
    void aRoleChangeEndsTheAccountsSessions() {
        String session = accounts.session("revoke-demote", Role.editor);
        service.changeRole(id("revoke-demote"), Role.viewer);
        loggedOut(session);
    }

    @Test
    void otherAccountsKeepTheirSessions() {
        String mine = accounts.session("revoke-bystander", Role.viewer);
        accounts.session("revoke-target", Role.viewer);
        service.setPassword(id("revoke-target"), "another-long-password");
        stillLoggedIn(mine);
    }

    @Test
    void aCookieFromBeforeSessionsExistedIsNotAccepted() {
        // A forged or old-style cookie would have to name a session row; an unknown id is simply not logged in.
        given().redirects().follow(false).cookie(Login.COOKIE, "bm90LWEtcmVhbC1jb29raWU=").when().get("/account")
                .then().statusCode(302);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> LoginSession.count("id", "nope")));
    }
}
