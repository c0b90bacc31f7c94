package org.datarequest.tracker.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/**
 * A reader gets "who refused what, since when, says who" quickly: refusers first, each cell's date and source
 * on focus, counts that open exactly their cells, a sentence per state, and lists on a phone.
 */
@QuarkusTest
class OrientationTest extends BrowserTestBase {

    @Test
    void sortingByStancePutsTheRefusersFirstAndTheExportsKeepTheOrder() {
        page.navigate("/requests/pacei-2017/matrix");
        page.getByLabel("Order", new Page.GetByLabelOptions().setExact(true)).selectOption("stance");
        page.waitForURL(url -> url.contains("sort=stance"));
        page.locator("table.matrix tbody th .code").first().waitFor();
        List<String> codes = page.locator("table.matrix tbody th .code").allInnerTexts();
        assertEquals(Set.of("CA", "NY", "VA"), new HashSet<>(codes.subList(0, 3)), codes.toString());
        assertEquals("CT", codes.get(3), "the partial stance comes next");
        assertTrue(page.locator("a:text-is('matrix (CSV)')").getAttribute("href").contains("sort=stance"));
        screenshot(page, "matrix");
    }

    @Test
    void aCellsDateAndSourceAreReachedWithTheKeyboard() {
        page.navigate("/requests/pacei-2017/matrix?q=New+York");
        for (int presses = 0; presses < 80; presses++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(page.evaluate("!!document.activeElement.closest('td.cell')"))) {
                break;
            }
        }
        assertEquals(Boolean.TRUE, page.evaluate("!!document.activeElement.closest('td.cell')"), "a cell has the focus");
        Locator tip = page.locator("td.cell a:focus .tip");
        assertTrue(tip.boundingBox().width > 100, "the cell's words show on focus");
        String text = tip.innerText();
        assertTrue(text.startsWith("Refused, since 30 June 2017"), text);
        assertTrue(text.contains("source: News report of early July 2017"), text);
        screenshot(page, "matrix-cell-focus");

        Locator toggle = page.locator("a.row-toggle").first();
        toggle.focus();
        page.keyboard().press("Enter");
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        Locator details = page.locator("#details-NY");
        assertTrue(details.isVisible());
        assertTrue(details.innerText().contains("New York refuses all 13 fields since 30 June 2017"), details.innerText());
    }

    @Test
    void clickingThreeRefusedOnTheDashboardShowsExactlyThoseRows() {
        page.navigate("/requests/pacei-2017");
        Locator count = page.locator(".stance-counts .t-REFUSED a");
        assertEquals("3 Refused", count.innerText().replaceAll("\\s+", " ").replace("✕ ", "").trim());
        count.click();
        page.waitForURL(url -> url.contains("/matrix?stance=REFUSED"));
        assertEquals(List.of("CA", "NY", "VA"), page.locator("table.matrix tbody th .code").allInnerTexts());

        page.navigate("/requests/pacei-2017");
        page.locator(".field-bars li:has-text('SSN (last 4 digits)') a:text-is('1 Withheld (law)')").click();
        page.waitForURL(url -> url.contains("status=WITHHELD_BY_LAW") && url.contains("field=ssn_last4"));
        assertEquals(List.of("CT"), page.locator("table.matrix tbody th .code").allInnerTexts());
        assertEquals(1, page.locator("table.matrix thead th.field").count(), "only that field's column");
    }

    @Test
    void aFilterThatMatchesNothingSaysSoWithAWayBack() {
        page.navigate("/requests/pacei-2017/matrix?q=Atlantis");
        assertTrue(page.locator("h2:text-is('Nothing matches')").isVisible());
        assertEquals(0, page.locator("table.matrix").count());
        page.getByText("Show every jurisdiction").click();
        page.waitForURL(url -> url.endsWith("/matrix"));
        assertEquals(51, page.locator("table.matrix tbody th .code").count());
    }

    @Test
    void theStatePagesOpenWithTheirSentence() {
        page.navigate("/requests/pacei-2017/jurisdictions/NY");
        assertEquals("New York refuses all 13 fields since 30 June 2017 — Andrew Cuomo (Governor of New York),"
                + " News report of early July 2017, citing Time Magazine.", summary());
        assertEquals(1, page.locator(".field-group").count(), "13 identical fields read as one group");
        screenshot(page, "state-page");
        page.navigate("/requests/pacei-2017/jurisdictions/CT");
        assertEquals("Connecticut withholds SSN (last 4 digits) by law, will provide 7 fields and has not answered"
                + " on 5 fields, since 30 June 2017 — News report of early July 2017, citing Time Magazine;"
                + " NASS tally of 3 July 2017.", summary());
        assertEquals(List.of("Withheld (law) 1 field", "Will provide 7 fields", "No response 5 fields"),
                page.locator(".field-group h3").allInnerTexts().stream()
                        .map(text -> text.replaceAll("[§✓–]", "").replaceAll("\\s+", " ").trim()).toList());
    }

    @Test
    void onAPhoneTheMatrixStateAndDashboardAreListsThatDoNotScrollSideways() {
        Page phone = phone();
        phone.navigate("/requests/pacei-2017/matrix?sort=stance");
        assertTrue(phone.locator(".phone-list").isVisible());
        assertFalse(phone.locator("table.matrix").isVisible());
        assertEquals(51, phone.locator(".phone-list li").count());
        Locator first = phone.locator(".phone-list li").first();
        assertTrue(first.innerText().contains("Refused") && first.innerText().contains("since"), first.innerText());
        assertNoSidewaysScroll(phone, "matrix");
        screenshot(phone, "matrix-phone");

        phone.navigate("/requests/pacei-2017/jurisdictions/NY");
        assertTrue(phone.locator(".state-summary").isVisible());
        assertTrue(phone.locator(".field-group").isVisible());
        assertNoSidewaysScroll(phone, "state page");
        screenshot(phone, "state-phone");

        phone.navigate("/requests/pacei-2017");
        assertFalse(phone.locator("svg.tile-map").isVisible(), "no map with tiny labels");
        assertTrue(phone.locator(".map-list").innerText().contains("New York"));
        assertNoSidewaysScroll(phone, "dashboard");
        screenshot(phone, "dashboard-phone");
    }

    @Test
    void theMapShowsOneFieldWhenAsked() {
        page.navigate("/requests/pacei-2017");
        page.getByLabel("Colour the map by").selectOption("ssn_last4");
        page.locator("form.map-choice button").click();
        page.waitForURL(url -> url.contains("map=ssn_last4"));
        assertEquals(1, page.locator("svg.tile-map a[aria-label='Connecticut: Withheld (law)']").count());
        assertEquals(3, page.locator("svg.tile-map rect.s-REFUSED").count());
    }

    private String summary() {
        return page.locator(".state-summary").innerText().replaceAll("\\s+", " ").trim();
    }

    private static void assertNoSidewaysScroll(Page phone, String what) {
        int width = ((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue();
        assertTrue(width <= 390, what + " is " + width + " px wide");
    }

    private Page phone() {
        BrowserContext small = newContext(new Browser.NewContextOptions().setIsMobile(true).setHasTouch(true), 390, 844);
        return small.newPage();
    }
}
