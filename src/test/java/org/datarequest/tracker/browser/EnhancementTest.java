package org.datarequest.tracker.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.request.DataRequest;
import org.junit.jupiter.api.Test;

/** With JavaScript on, htmx edits a cell inside the matrix and filters without reloading the page. */
@QuarkusTest
class EnhancementTest extends BrowserTestBase {

    @Inject
    TestAccounts accounts;

    @Inject
    TestRequests requests;

    @Test
    void aCellIsEditedInlineAndTheRowStanceAndTotalsFollow() {
        DataRequest request = requests.create(1, List.of("TX", "NY"));
        logIn(page, accounts.ensure("inline-editor", Role.editor));
        page.navigate("/requests/" + request.slug + "/matrix");
        markPage();
        page.locator("tr:has(.code:text-is('TX')) td.cell a").click();
        page.locator("#inline-editor #status").waitFor();
        assertEquals("status", page.evaluate("document.activeElement.id"), "the form takes the focus");
        page.locator("#inline-editor #status").selectOption("REFUSED");
        page.locator("#inline-editor #sourceTitle").fill("Inline source");
        page.locator("#inline-editor").getByText("Save this cell").click();
        page.locator("tr:has(.code:text-is('TX')) td.stance:has-text('Refused')").waitFor();
        assertEquals(1, page.locator("tfoot td.totals:has-text('1 refused')").count());
        assertTrue(page.url().endsWith("/matrix"), page.url());
        assertEquals(Boolean.TRUE, page.evaluate("window.__stillTheSamePage === true"), "no full reload");
    }

    @Test
    void aRefusedInlineSaveShowsItsMessagesInThePanelAndEscapeCloses() {
        DataRequest request = requests.create(1, List.of("TX"));
        logIn(page, accounts.ensure("inline-errors", Role.editor));
        page.navigate("/requests/" + request.slug + "/matrix");
        page.locator("td.cell a").first().click();
        page.locator("#inline-editor #status").selectOption("PROVIDED");
        page.locator("#inline-editor").getByText("Save this cell").click();
        page.locator("#inline-editor .error-summary").waitFor();
        assertTrue(page.locator("#inline-editor").innerText().contains("Cite a source"));
        page.locator("#inline-editor #note").focus();
        page.keyboard().press("Escape");
        assertEquals("", page.locator("#inline-editor").innerHTML().trim());
        assertEquals(0, page.locator("td.cell.s-PROVIDED").count());
    }

    @Test
    void theInlineEditorNamesItsCellAndClosesWithItsButton() {
        DataRequest request = requests.create(2, List.of("TX", "NY"));
        logIn(page, accounts.ensure("inline-namer", Role.editor));
        page.navigate("/requests/" + request.slug + "/matrix");
        Locator cell = page.locator("tr:has(.code:text-is('TX')) td.cell a").nth(1);
        cell.click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.locator("#status").waitFor();
        assertEquals("Change Texas, Field 2", dialog.locator("h2").innerText());
        assertTrue(dialog.innerText().contains("Now: – No response"), dialog.innerText());
        screenshot(page, "editor-inline");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        assertFalse(dialog.isVisible());
        assertEquals(Boolean.TRUE, page.evaluate("document.activeElement.closest('td.cell') !== null"),
                "the focus is back on the cell");
    }

    @Test
    void filtersUpdateTheMatrixInPlaceAndKeepTheAddressInStep() {
        page.navigate("/requests/pacei-2017/matrix");
        markPage();
        page.getByLabel("Stance", new Page.GetByLabelOptions().setExact(true)).selectOption("REFUSED");
        page.waitForURL(url -> url.contains("stance=REFUSED"));
        page.locator("table.matrix tbody tr").first().waitFor();
        assertEquals(List.of("CA", "NY", "VA"), page.locator("table.matrix tbody th .code").allInnerTexts());
        assertEquals(Boolean.TRUE, page.evaluate("window.__stillTheSamePage === true"), "no full reload");
    }

    private void markPage() {
        page.evaluate("window.__stillTheSamePage = true");
    }
}
