package org.datarequest.tracker.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.request.DataRequest;
import org.junit.jupiter.api.Test;

/** A staff member records one letter and sets all thirteen fields it answers in one save, without scripts. */
@QuarkusTest
class LetterFirstEntryTest extends BrowserTestBase {

    @Inject
    TestAccounts accounts;

    @Inject
    TestRequests requests;

    /** How many presses of Tab reach the Save button from the top of the page (a measurement, reported). */
    private int tabStopsToSave() {
        page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }");
        for (int presses = 1; presses <= 400; presses++) {
            page.keyboard().press("Tab");
            Object isSave = page.evaluate("() => document.activeElement && document.activeElement.tagName === 'BUTTON'"
                    + " && document.activeElement.value === 'save'");
            if (Boolean.TRUE.equals(isSave)) {
                return presses;
            }
        }
        return -1;
    }

    @Test
    void oneLetterSetsThirteenFieldsInOneSaveEachCitingIt() {
        DataRequest request = requests.create(13, List.of("NY", "TX"));
        logIn(page, accounts.ensure("letter-editor", Role.editor));
        page.navigate("/requests/" + request.slug);
        page.getByText("Record a communication").first().click();
        page.locator("#kind").selectOption("LETTER");
        page.locator("#date").fill("2025-03-12");
        page.locator("#jurisdiction").selectOption("NY");
        page.locator("#title").fill("New York declines the request");
        page.locator("#speaker").fill("Secretary of State");
        page.locator("#sourceUrl").fill("https://example.org/ny-letter");
        page.locator("#scope-all").check();
        page.locator("#status").selectOption("REFUSED");
        page.getByText("Preview", new Page.GetByTextOptions().setExact(true)).click();
        assertEquals("2025-03-12", page.locator("#effectiveDate").inputValue(), "the letter's date, shown to edit");
        assertEquals(13, page.locator(".preview tbody tr").count());
        assertAccessible(page, "letter-first preview");
        System.out.println("Letter-first entry: " + tabStopsToSave() + " tab stops from the top of the page to Save");
        screenshot(page, "letter-first");
        page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
        page.waitForURL("**/communications/*?saved=13");
        assertEquals(13, page.locator(".cited-cells li").count());
        assertTrue(page.locator("h1").innerText().contains("New York declines the request"));

        List<CellChange> changes = QuarkusTransaction.requiringNew().call(() ->
                CellChange.<CellChange>list("requestId = ?1", request.id));
        assertEquals(13, changes.size());
        assertEquals(1, changes.stream().map(change -> change.changeSetId).distinct().count(), "one save, one change set");
        long communication = changes.get(0).communicationId;
        for (CellChange change : changes) {
            assertEquals(communication, change.communicationId);
            assertEquals(LocalDate.of(2025, 3, 12), change.value.effectiveDate());
            assertEquals("https://example.org/ny-letter", change.value.sourceUrl());
        }
        page.navigate("/requests/" + request.slug + "/matrix");
        assertEquals(13, page.locator("table.matrix td.cell.s-REFUSED").count());
    }
}
