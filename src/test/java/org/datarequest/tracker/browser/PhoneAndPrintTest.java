package org.datarequest.tracker.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.request.DataRequest;
import org.junit.jupiter.api.Test;

/** On a 390-pixel phone the matrix scrolls inside its box with its headers kept; printed, it keeps what matters. */
@QuarkusTest
class PhoneAndPrintTest extends BrowserTestBase {

    @Inject
    TestAccounts accounts;

    @Inject
    TestRequests requests;

    @Test
    void onAPhoneTheMatrixScrollsInsideItsBoxWithStickyHeaders() {
        Page phone = phone();
        phone.navigate("/requests/pacei-2017/matrix");
        screenshot(phone, "matrix-phone");
        assertTrue((Integer) phone.evaluate("document.documentElement.scrollWidth") <= 391, "the page itself does not scroll sideways");
        assertTrue((Boolean) phone.evaluate("(() => { const box = document.querySelector('.matrix-scroll');"
                + " return box.scrollWidth > box.clientWidth; })()"), "the matrix scrolls inside its box");
        assertEquals("sticky", phone.evaluate("getComputedStyle(document.querySelector('tbody th.jurisdiction')).position"));
        assertEquals("sticky", phone.evaluate("getComputedStyle(document.querySelector('thead th.field')).position"));
        phone.locator(".matrix-scroll").evaluate("box => box.scrollLeft = 400");
        double left = ((Number) phone.evaluate("document.querySelector('tbody th.jurisdiction').getBoundingClientRect().left")).doubleValue();
        double boxLeft = ((Number) phone.evaluate("document.querySelector('.matrix-scroll').getBoundingClientRect().left")).doubleValue();
        assertTrue(Math.abs(left - boxLeft) < 3, "the state column stays in view: " + left + " vs " + boxLeft);
    }

    @Test
    void onAPhoneFormsAreOneColumn() {
        DataRequest request = requests.create(2, List.of("TX"));
        Page phone = phone();
        logIn(phone, accounts.ensure("phone-editor", Role.editor));
        phone.navigate("/requests/" + request.slug + "/jurisdictions/TX/edit");
        double status = ((Number) phone.locator("#status-f1").evaluate("e => e.getBoundingClientRect().left")).doubleValue();
        double date = ((Number) phone.locator("#effectiveDate-f1").evaluate("e => e.getBoundingClientRect().left")).doubleValue();
        assertEquals(status, date, 1.0, "fields stack in one column");
        assertTrue((Integer) phone.evaluate("document.documentElement.scrollWidth") <= 391);
    }

    @Test
    void printedTheMatrixKeepsTheLegendAndTheDayButNotTheNavigation() {
        page.navigate("/requests/pacei-2017/matrix?asOf=2017-07-01");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertEquals("none", page.evaluate("getComputedStyle(document.querySelector('.site-header')).display"));
        assertEquals("none", page.evaluate("getComputedStyle(document.querySelector('form.filters')).display"));
        assertTrue(page.locator(".legend").first().isVisible());
        assertTrue(page.locator("#matrix-caption").innerText().contains("as of 1 July 2017"));
        assertTrue(page.locator(".banner").isVisible());
    }

    private Page phone() {
        BrowserContext small = newContext(new Browser.NewContextOptions().setIsMobile(true).setHasTouch(true), 390, 844);
        return small.newPage();
    }
}
