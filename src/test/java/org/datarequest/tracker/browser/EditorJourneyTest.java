package org.datarequest.tracker.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.request.DataRequest;
import org.junit.jupiter.api.Test;

/** What staff do in a browser: log in, edit a state, use a preset, and meet a colleague's edit. */
@QuarkusTest
class EditorJourneyTest extends BrowserTestBase {

    @Inject
    TestAccounts accounts;

    @Inject
    TestRequests requests;

    @Test
    void anEditorEditsAStateAndSeesItInTheMatrixAndTheHistory() {
        DataRequest request = requests.create(3, List.of("TX", "NY"));
        logIn(page, accounts.ensure("journey-editor", Role.editor));
        page.navigate("/requests/" + request.slug + "/jurisdictions/TX");
        page.getByText("Edit Texas").click();
        page.locator("#status-f1").selectOption("REFUSED");
        page.locator("#sourceTitle-f1").fill("Letter of the Texas Secretary of State");
        screenshot(page, "editor");
        page.getByText("Save Texas").click();
        page.waitForURL("**/jurisdictions/TX?saved=1");
        assertEquals("Saved: 1 change recorded.", page.locator(".flash").innerText());
        page.navigate("/requests/" + request.slug + "/matrix");
        assertEquals(1, page.locator("table.matrix td.cell.s-REFUSED").count());
        page.navigate("/requests/" + request.slug + "/changes");
        assertTrue(page.locator("main").innerText().contains("Letter of the Texas Secretary of State"));
    }

    @Test
    void anEditorAppliesPublicDataOnly() {
        DataRequest request = requests.create(3, List.of("TX", "NY"));
        logIn(page, accounts.ensure("journey-bulk", Role.editor));
        page.navigate("/requests/" + request.slug + "/bulk");
        page.getByLabel("Texas").check();
        page.getByLabel("New York").check();
        page.locator("input[name=preset][value=PUBLIC_DATA_ONLY]").check();
        page.locator("#restrictedStatus").selectOption("WITHHELD_BY_LAW");
        page.locator("#legalBasis").fill("State privacy statute");
        page.getByLabel("Source title or citation").fill("NASS tally");
        page.getByText("Preview", new Page.GetByTextOptions().setExact(true)).click();
        assertTrue(page.locator("#preview-title").innerText().startsWith("Preview: 6 of 6 cells will change"));
        page.getByText("Apply: record 6 changes").click();
        assertTrue(page.locator(".flash").innerText().startsWith("Saved: 6 changes recorded."));
        page.navigate("/requests/" + request.slug + "/matrix");
        assertEquals(2, page.locator("td.stance:has-text('Partial')").count());
    }

    @Test
    void twoEditorsEditTheSameStateAndTheSecondSeesBothValues() {
        DataRequest request = requests.create(2, List.of("TX"));
        String editPath = "/requests/" + request.slug + "/jurisdictions/TX/edit";
        logIn(page, accounts.ensure("journey-first", Role.editor));
        BrowserContext other = newContext(new Browser.NewContextOptions());
        Page second = other.newPage();
        logIn(second, accounts.ensure("journey-second", Role.editor));
        page.navigate(editPath);
        second.navigate(editPath);
        page.locator("#status-f1").selectOption("REFUSED");
        page.locator("#sourceTitle-f1").fill("First editor's source");
        page.getByText("Save Texas").click();
        page.waitForURL("**/jurisdictions/TX?saved=1");
        second.locator("#status-f1").selectOption("WILL_PROVIDE");
        second.locator("#note-f1").fill("Second editor's note");
        second.locator("#sourceTitle-f1").fill("Second editor's source");
        second.getByText("Save Texas").click();
        String conflict = second.locator("#row-f1 .conflict").innerText();
        assertTrue(conflict.contains("Refused") && conflict.contains("First editor's source"), conflict);
        assertTrue(conflict.contains("Second editor's note"), conflict);
        assertEquals("Second editor's note", second.locator("#note-f1").inputValue());
    }

    @Test
    void withoutJavaScriptACellIsStillEditedEndToEnd() {
        DataRequest request = requests.create(1, List.of("TX"));
        BrowserContext noScript = newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        Page plain = noScript.newPage();
        logIn(plain, accounts.ensure("journey-noscript", Role.editor));
        plain.navigate("/requests/" + request.slug + "/cells/TX/f1");
        plain.locator("#status").selectOption("CONDITIONAL");
        plain.locator("#conditions").fill("A fee of $50");
        plain.locator("#sourceUrl").fill("https://example.org/texas-answer");
        plain.getByText("Save this cell").click();
        plain.waitForURL("**/cells/TX/f1?saved=1");
        assertEquals("Saved.", plain.locator(".flash").innerText());
        assertTrue(plain.locator(".cell-detail").innerText().contains("A fee of $50"));
    }

    @Test
    void aFailedSubmitPutsFocusOnTheErrorSummary() {
        DataRequest request = requests.create(1, List.of("TX"));
        logIn(page, accounts.ensure("journey-errors", Role.editor));
        page.navigate("/requests/" + request.slug + "/cells/TX/f1");
        page.locator("#status").selectOption("PROVIDED");
        page.getByText("Save this cell").click();
        assertTrue(page.locator(".error-summary").innerText().contains("Cite a source"));
        assertEquals(Boolean.TRUE, page.evaluate(
                "document.activeElement && document.activeElement.classList.contains('error-summary')"));
    }
}
