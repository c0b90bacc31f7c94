package org.datarequest.tracker.account;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.request.DataRequest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every mutating route, tried by each kind of visitor: the server decides, whatever the page showed. */
@QuarkusTest
class AccessTest {

    enum Who { ANONYMOUS, VIEWER, EDITOR, ADMIN }

    @Inject
    TestAccounts accounts;

    @Inject
    TestRequests requests;

    @ParameterizedTest
    @EnumSource(Who.class)
    void editorRoutesAnswerByRole(Who who) {
        DataRequest request = requests.create(2, List.of("TX", "NY"));
        String base = "/requests/" + request.slug;
        String session = session(who);
        Map<String, Map<String, String>> routes = Map.of(
                base + "/jurisdictions/TX/edit", Map.of("status.f1", "REFUSED", "sourceTitle.f1", "A report",
                        "effectiveDate.f1", "2025-03-05", "version.f1", "0", "status.f2", "NO_RESPONSE", "version.f2", "0"),
                base + "/jurisdictions/TX/verify", Map.of(),
                base + "/cells/NY/f1", Map.of("status", "REVIEWING", "sourceTitle", "A call", "version", "0",
                        "effectiveDate", "2025-03-05"),
                base + "/cells/NY/f2/verify", Map.of(),
                base + "/bulk", Map.of("jurisdiction", "NY", "field", "f2", "status", "REFUSED",
                        "sourceTitle", "A letter", "action", "preview", "effectiveDate", "2025-03-05"));
        routes.forEach((route, params) -> {
            CsrfForms.Page page = CsrfForms.open(base + "/jurisdictions/TX", session);
            ValidatableResponse answer = page.post().formParams(params).when().post(route).then();
            expect(who, answer, route.endsWith("/bulk") ? 200 : 303);
        });
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void adminRoutesAnswerOnlyToAdmins(Who who) {
        String session = session(who);
        long someone = accountId(accounts.ensure("access-target-" + who.name().toLowerCase(), Role.viewer));
        Map<String, Map<String, String>> routes = Map.of(
                "/admin/accounts", Map.of("username", "made-by-" + who.name().toLowerCase(), "role", "viewer",
                        "password", "twelve-chars-long"),
                "/admin/accounts/" + someone + "/role", Map.of("role", "editor"),
                "/admin/accounts/" + someone + "/enabled", Map.of("enabled", "false"),
                "/admin/accounts/" + someone + "/password", Map.of("password", "another-long-password"));
        routes.forEach((route, params) -> {
            CsrfForms.Page page = CsrfForms.open("/requests", session);
            ValidatableResponse answer = page.post().formParams(params).when().post(route).then();
            if (who == Who.ADMIN) {
                answer.statusCode(303);
            } else {
                expect(who == Who.EDITOR ? Who.VIEWER : who, answer, 303);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(value = Who.class, names = {"VIEWER", "EDITOR"})
    void editControlsShowOnlyToEditors(Who who) {
        DataRequest request = requests.create(1, List.of("TX"));
        String session = session(who);
        Document state = CsrfForms.open("/requests/" + request.slug + "/jurisdictions/TX", session).document();
        Document cell = CsrfForms.open("/requests/" + request.slug + "/cells/TX/f1", session).document();
        Document dashboard = CsrfForms.open("/requests/" + request.slug, session).document();
        boolean editor = who == Who.EDITOR;
        assertEquals(editor, !state.select("a[href$=/jurisdictions/TX/edit]").isEmpty());
        assertEquals(editor, !state.select("form[action$=/verify]").isEmpty());
        assertEquals(editor, !cell.select("form[method=post][action$=/cells/TX/f1]").isEmpty());
        assertEquals(editor, !dashboard.select("a[href$=/bulk]").isEmpty());
        assertTrue(state.select("header").text().contains("access-" + who.name().toLowerCase()));
    }

    private static void expect(Who who, ValidatableResponse answer, int success) {
        switch (who) {
            case ANONYMOUS -> answer.statusCode(302).header("Location", containsString("/login"));
            case VIEWER -> answer.statusCode(403);
            default -> answer.statusCode(success);
        }
    }

    private String session(Who who) {
        return switch (who) {
            case ANONYMOUS -> null;
            case VIEWER -> accounts.session("access-viewer", Role.viewer);
            case EDITOR -> accounts.session("access-editor", Role.editor);
            case ADMIN -> accounts.session("access-admin", Role.admin);
        };
    }

    private static long accountId(String username) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername(username).orElseThrow().id);
    }
}
