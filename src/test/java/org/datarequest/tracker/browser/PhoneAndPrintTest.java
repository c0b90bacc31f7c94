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

/** In a narrow window the matrix scrolls inside its frame with its headers kept; printed, it keeps what matters. */
@QuarkusTest
class PhoneAndPrintTest extends BrowserTestBase {

    @Inject
    TestAccounts accounts;

    @Inject
    TestRequests requests;

    @Test
    void onAWideScreenTheJurisdictionAndStanceStayInViewWhenTheMatrixScrollsSideways() {
        Page narrow = newContext(new Browser.NewContextOptions(), 900, 700).newPage();
        narrow.navigate("/requests/pacei-2017/matrix");
        assertTrue((Integer) narrow.evaluate("document.documentElement.scrollWidth") <= 901, "the page itself does not scroll sideways");
        assertTrue((Boolean) narrow.evaluate("(() => { const box = document.querySelector('.matrix-scroll');"
                + " return box.scrollWidth > box.clientWidth && box.getBoundingClientRect().height <= window.innerHeight; })()"),
                "the matrix scrolls inside a frame no taller than the window");
        assertTrue(narrow.locator("#matrix-scroll-hint").innerText().contains("more to the right"),
                narrow.locator("#matrix-scroll-hint").innerText());
        assertEquals("sticky", narrow.evaluate("getComputedStyle(document.querySelector('thead th.field')).position"));
        narrow.locator(".matrix-scroll").evaluate("box => box.scrollLeft = 400");
        double box = ((Number) narrow.evaluate("document.querySelector('.matrix-scroll').getBoundingClientRect().left")).doubleValue();
        double name = ((Number) narrow.evaluate("document.querySelector('tbody th.jurisdiction').getBoundingClientRect().left")).doubleValue();
        double nameRight = ((Number) narrow.evaluate("document.querySelector('tbody th.jurisdiction').getBoundingClientRect().right")).doubleValue();
        double stance = ((Number) narrow.evaluate("document.querySelector('tbody td.stance').getBoundingClientRect().left")).doubleValue();
        assertTrue(Math.abs(name - box) < 3, "the state column stays in view: " + name + " vs " + box);
        assertTrue(Math.abs(stance - nameRight) < 3, "the stance stays beside it: " + stance + " vs " + nameRight);
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
        assertTrue(page.locator(".key").first().isVisible(), "the key is printed above the table");
        assertTrue(page.locator("#matrix-caption").innerText().contains("as of 1 July 2017"));
        assertTrue(page.locator(".banner").isVisible());
    }

    private Page phone() {
        BrowserContext small = newContext(new Browser.NewContextOptions().setIsMobile(true).setHasTouch(true), 390, 844);
        return small.newPage();
    }
}
