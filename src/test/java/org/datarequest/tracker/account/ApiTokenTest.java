package org.datarequest.tracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Login;
import org.datarequest.tracker.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Personal API tokens and the HTTP Basic credentials kept after one bcrypt check. */
@QuarkusTest
class ApiTokenTest {

    private static final String CELLS = "/api/requests/pacei-2017/cells";

    @Inject
    TestAccounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    AccountService accountService;

    @Test
    void aTokenMadeOnTheAccountPageIsShownOnceAndOpensTheApi() {
        String session = accounts.session("token-maker", Role.viewer);
        CsrfForms.Page page = CsrfForms.open("/account", session);
        String answer = page.post().formParam("name", "nightly export").post("/account/tokens")
                .then().statusCode(200).header("Cache-Control", "no-store").extract().asString();
        String secret = Jsoup.parse(answer).selectFirst("#new-token").text();
        assertTrue(secret.startsWith(ApiTokens.PREFIX));

        given().header("Authorization", "Bearer " + secret).get(CELLS).then().statusCode(200);
        String later = given().cookie(Login.COOKIE, session).get("/account").then().statusCode(200).extract().asString();
        assertTrue(later.contains("nightly export"));
        assertFalse(later.contains(secret), "the token is shown once only");
        ApiToken stored = QuarkusTransaction.requiringNew().call(() -> tokens.of("token-maker").get(0));
        assertFalse(stored.tokenHash.contains(secret));
        assertNotNull(stored.lastUsedAt, "the call is noted as the token's last use");
    }

    @Test
    void aTokenNeedsANameAndTheFormSaysSo() {
        String session = accounts.session("token-unnamed", Role.viewer);
        CsrfForms.open("/account", session).post().formParam("name", "  ").post("/account/tokens")
                .then().statusCode(422).body(containsString("Give the token a name"));
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        accounts.ensure("token-revoker", Role.editor);
        ApiTokens.Created created = tokens.create("token-revoker", "script");
        given().header("Authorization", "Bearer " + created.secret()).get(CELLS).then().statusCode(200);
        tokens.revoke("token-revoker", created.token().id);
        given().header("Authorization", "Bearer " + created.secret()).get(CELLS).then().statusCode(401);
    }

    @Test
    void anotherAccountCannotRevokeSomeoneElsesToken() {
        accounts.ensure("token-owner", Role.viewer);
        accounts.ensure("token-stranger", Role.viewer);
        ApiTokens.Created created = tokens.create("token-owner", "mine");
        assertFalse(tokens.revoke("token-stranger", created.token().id));
        given().header("Authorization", "Bearer " + created.secret()).get(CELLS).then().statusCode(200);
    }

    @Test
    void anUnknownTokenIsRefusedWithABasicChallenge() {
        given().header("Authorization", "Bearer trk_not-a-real-token").get(CELLS).then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void aTokenDoesNotSignInToPages() {
        accounts.ensure("token-pages", Role.viewer);
        ApiTokens.Created created = tokens.create("token-pages", "pages");
        given().redirects().follow(false).header("Authorization", "Bearer " + created.secret()).get("/account")
                .then().statusCode(not(200));
    }

    @Test
    void aDisabledAccountsKeptBasicCredentialsStopWorkingAtOnce() {
        String name = accounts.ensure("basic-disabled", Role.viewer);
        basic(name, TestAccounts.PASSWORD).get(CELLS).then().statusCode(200);
        basic(name, TestAccounts.PASSWORD).get(CELLS).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> accountService.setEnabled(idOf(name), false));
        basic(name, TestAccounts.PASSWORD).get(CELLS).then().statusCode(401);
    }

    @Test
    void aChangedPasswordEndsTheKeptBasicCredentialsAtOnce() {
        String name = accounts.ensure("basic-changed", Role.viewer);
        basic(name, TestAccounts.PASSWORD).get(CELLS).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> accountService.setPassword(idOf(name), "another-long-password"));
        basic(name, TestAccounts.PASSWORD).get(CELLS).then().statusCode(401);
        basic(name, "another-long-password").get(CELLS).then().statusCode(200);
    }

    @Test
    void aTokenOfADisabledAccountIsRefused() {
        String name = accounts.ensure("token-disabled", Role.viewer);
        ApiTokens.Created created = tokens.create(name, "script");
        QuarkusTransaction.requiringNew().run(() -> accountService.setEnabled(idOf(name), false));
        given().header("Authorization", "Bearer " + created.secret()).get(CELLS).then().statusCode(401);
    }

    private static long idOf(String username) {
        return Account.findByUsername(username).orElseThrow().id;
    }

    private static io.restassured.specification.RequestSpecification basic(String user, String password) {
        return given().auth().preemptive().basic(user, password);
    }
}
