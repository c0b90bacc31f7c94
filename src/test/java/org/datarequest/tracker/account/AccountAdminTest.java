package org.datarequest.tracker.account;

import static io.restassured.RestAssured.given;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Login;
import org.datarequest.tracker.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountAdminTest {

    @Inject
    TestAccounts accounts;

    @Test
    void anAdminCreatesAnEditorWhoThenLogsInAndEdits() {
        String admin = accounts.session("admin-creator", Role.admin);
        CsrfForms.Page page = CsrfForms.open("/admin/accounts", admin);
        page.post().formParam("username", "new-editor").formParam("role", "editor")
                .formParam("password", "first-password-123").when().post("/admin/accounts")
                .then().statusCode(303).header("Location", endsWith("/admin/accounts?done=created"));
        String editor = Login.as("new-editor", "first-password-123");
        Document bulk = CsrfForms.open("/requests/pacei-2017/bulk", editor).document();
        assertEquals("Bulk edit", bulk.select("h1").text());
    }

    @Test
    void badAccountsAreRefusedWithMessagesAndNothingIsCreated() {
        String admin = accounts.session("admin-validator", Role.admin);
        CsrfForms.Page page = CsrfForms.open("/admin/accounts", admin);
        Response answer = page.post().formParam("username", "Bad Name!").formParam("role", "owner")
                .formParam("password", "short").when().post("/admin/accounts");
        answer.then().statusCode(422);
        Document shown = Jsoup.parse(answer.body().asString());
        assertTrue(shown.select("#username-error").text().contains("lowercase letters"));
        assertEquals("Choose viewer, editor or admin.", shown.select("#role-error").text());
        assertEquals("Use between 12 and 200 characters.", shown.select("#password-error").text());
        assertEquals("Bad Name!", shown.select("#username").val());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername("Bad Name!").isEmpty()));
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledOrDemoted() {
        QuarkusTransaction.requiringNew().run(() -> Account.update("enabled = false where role = 'admin'"));
        try {
            String admin = accounts.session("admin-last", Role.admin);
            long id = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername("admin-last").orElseThrow().id);
            CsrfForms.Page page = CsrfForms.open("/admin/accounts", admin);
            page.post().formParam("enabled", "false").when().post("/admin/accounts/" + id + "/enabled")
                    .then().statusCode(303).header("Location", endsWith("problem=LAST_ADMIN_DISABLED"));
            page.post().formParam("role", "viewer").when().post("/admin/accounts/" + id + "/role")
                    .then().statusCode(303).header("Location", endsWith("problem=LAST_ADMIN_ROLE"));
            assertEquals("The last enabled admin cannot be disabled.", CsrfForms
                    .open("/admin/accounts?problem=LAST_ADMIN_DISABLED", admin).document().select(".error-summary").text());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Account.update("enabled = true where role = 'admin'"));
        }
    }

    @Test
    void anAdminResetsAPasswordAndChangesARole() {
        String admin = accounts.session("admin-resetter", Role.admin);
        String username = accounts.ensure("reset-me", Role.viewer);
        long id = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().id);
        CsrfForms.Page page = CsrfForms.open("/admin/accounts", admin);
        page.post().formParam("password", "a-brand-new-password").when().post("/admin/accounts/" + id + "/password")
                .then().statusCode(303);
        page.post().formParam("role", "editor").when().post("/admin/accounts/" + id + "/role").then().statusCode(303);
        String session = Login.as(username, "a-brand-new-password");
        Document mine = CsrfForms.open("/account", session).document();
        assertTrue(mine.select("main").text().contains("with the role Editor"));
    }

    @Test
    void everyUserChangesTheirOwnPasswordKnowingTheCurrentOne() {
        String session = accounts.session("own-password", Role.viewer);
        CsrfForms.Page page = CsrfForms.open("/account", session);
        Response wrong = page.post().formParam("current", "not-it").formParam("password", "my-new-password-1")
                .formParam("confirm", "my-new-password-1").when().post("/account/password");
        wrong.then().statusCode(422);
        assertEquals("The current password is not right.",
                Jsoup.parse(wrong.body().asString()).select("#current-error").text());
        page.post().formParam("current", TestAccounts.PASSWORD).formParam("password", "my-new-password-1")
                .formParam("confirm", "my-new-password-1").when().post("/account/password")
                .then().statusCode(303).header("Location", endsWith("/login?passwordChanged=true"));
        given().redirects().follow(false).cookie(Login.COOKIE, session).when().get("/account")
                .then().statusCode(302).header("Location", containsString("/login"));
        Login.as("own-password", "my-new-password-1");
    }

    @Test
    void theAccountsPageShowsEachAccountsCurrentRoleSelected() {
        String admin = accounts.session("admin-roles-shown", Role.admin);
        accounts.ensure("shown-editor", Role.editor);
        accounts.ensure("shown-viewer", Role.viewer);
        Document page = CsrfForms.open("/admin/accounts", admin).document();
        assertEquals("editor", selectedRole(page, "shown-editor"));
        assertEquals("viewer", selectedRole(page, "shown-viewer"));
        assertEquals("admin", selectedRole(page, "admin-roles-shown"));
    }

    private static String selectedRole(Document page, String username) {
        org.jsoup.nodes.Element row = page.select("table.accounts tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals(username)).findFirst().orElseThrow();
        org.jsoup.select.Elements selected = row.select("select[name=role] option[selected]");
        assertEquals(1, selected.size(), "exactly one role is selected for " + username);
        return selected.first().val();
    }
}
