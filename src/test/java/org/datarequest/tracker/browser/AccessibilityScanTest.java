package org.datarequest.tracker.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.request.DataRequest;
import org.junit.jupiter.api.Test;

/** axe-core on every kind of page, as the people who use each one see it, on a desk and on a phone: no violation. */
@QuarkusTest
class AccessibilityScanTest extends BrowserTestBase {

    @Inject
    TestAccounts accounts;

    @Inject
    TestRequests requests;

    @Test
    void theScanFindsAViolationWhenThereIsOne() {
        page.setContent("<html lang=en><head><title>t</title></head><body><main><h1>t</h1>"
                + "<input type=text><img src=x.png></main></body></html>");
        org.junit.jupiter.api.Assertions.assertThrows(org.opentest4j.AssertionFailedError.class,
                () -> assertAccessible(page, "a page with an unlabelled input and an image without text"));
    }

    @Test
    void readerPagesPassAxe() {
        for (String path : List.of("/requests/pacei-2017", "/requests/pacei-2017/matrix",
                "/requests/pacei-2017/matrix?status=REFUSED&asOf=2017-07-01", "/requests/pacei-2017/matrix?q=Atlantis",
                "/requests/pacei-2017?map=ssn_last4", "/requests/pacei-2017/jurisdictions/CT",
                "/requests/pacei-2017/cells/CT/ssn_last4", "/requests/pacei-2017/changes",
                "/requests/pacei-2017/changes?from=2017-06-29&to=2017-07-01", "/requests", "/login",
                "/requests/no-such-request")) {
            page.navigate(path);
            assertAccessible(page, path);
            assertEquals(1, page.locator("h1").count(), path + " has one h1");
            assertEquals(1, page.locator("main#main").count(), path + " has a main landmark");
        }
    }

    @Test
    void readerPagesPassAxeOnAPhone() {
        com.microsoft.playwright.Page phone = newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setIsMobile(true).setHasTouch(true), 390, 844).newPage();
        for (String path : List.of("/requests/pacei-2017", "/requests/pacei-2017?map=ssn_last4",
                "/requests/pacei-2017/matrix?sort=stance", "/requests/pacei-2017/matrix?q=Atlantis",
                "/requests/pacei-2017/jurisdictions/CT", "/requests/pacei-2017/cells/CT/ssn_last4",
                "/requests/pacei-2017/changes", "/requests/pacei-2017/changes?from=2017-06-29&to=2017-07-01",
                "/requests", "/login", "/login?error=true", "/requests/no-such-request")) {
            phone.navigate(path);
            assertAccessible(phone, path + " at 390 px");
        }
    }

    @Test
    void theMatrixWithARowOpenAndTheInlineEditorPassAxe() {
        DataRequest request = requests.create(2, List.of("TX", "NY"));
        logIn(page, accounts.ensure("axe-inline", Role.editor));
        page.navigate("/requests/" + request.slug + "/matrix?sort=stance&status=NO_RESPONSE");
        page.locator("a.row-toggle").first().click();
        assertAccessible(page, "the matrix with a row's details open");
        page.locator("td.cell a").first().click();
        page.locator("#inline-editor #status").waitFor();
        assertAccessible(page, "the inline editor");
    }

    @Test
    void editorPagesPassAxeWithTheirFormsAndErrorsShown() {
        DataRequest request = requests.create(3, List.of("TX", "NY"));
        String base = "/requests/" + request.slug;
        logIn(page, accounts.ensure("axe-editor", Role.editor));
        com.microsoft.playwright.Page phone = newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setIsMobile(true).setHasTouch(true), 390, 844).newPage();
        logIn(phone, accounts.ensure("axe-editor", Role.editor));
        for (String path : List.of(base + "/jurisdictions/TX/edit", base + "/cells/TX/f1", base + "/bulk",
                base + "/import", "/account", base + "/matrix", base + "/jurisdictions/TX/litigation")) {
            page.navigate(path);
            assertAccessible(page, path);
            phone.navigate(path);
            assertAccessible(phone, path + " at 390 px");
        }
        page.navigate(base + "/jurisdictions/TX/edit");
        page.locator("#status-f1").selectOption("PROVIDED");
        page.getByText("Save Texas").click();
        assertTrue(page.locator(".error-summary").isVisible());
        assertAccessible(page, "the one-form editor with errors");
        page.navigate(base + "/bulk");
        page.getByText("Preview", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        assertAccessible(page, "bulk edit with errors");
    }

    @Test
    void importPreviewPassesAxe() throws Exception {
        DataRequest request = requests.create(2, List.of("TX"));
        logIn(page, accounts.ensure("axe-importer", Role.editor));
        Path file = Files.createTempFile("import", ".csv");
        Files.writeString(file, "jurisdiction,field,status,source_title\r\nTX,f1,REFUSED,A letter\r\nZZ,f2,BOGUS,\r\n",
                StandardCharsets.UTF_8);
        page.navigate("/requests/" + request.slug + "/import");
        page.getByLabel("CSV file").setInputFiles(file);
        page.getByText("Preview the import").click();
        assertAccessible(page, "import preview");
        Files.delete(file);
    }

    @Test
    void adminPagesPassAxe() {
        logIn(page, accounts.ensure("axe-admin", Role.admin));
        com.microsoft.playwright.Page phone = newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setIsMobile(true).setHasTouch(true), 390, 844).newPage();
        logIn(phone, accounts.ensure("axe-admin", Role.admin));
        for (String path : List.of("/admin", "/admin/accounts", "/admin/requests", "/admin/requests/pacei-2017",
                "/admin/requests/pacei-2017/coverage")) {
            page.navigate(path);
            assertAccessible(page, path);
            phone.navigate(path);
            assertAccessible(phone, path + " at 390 px");
        }
    }
}
