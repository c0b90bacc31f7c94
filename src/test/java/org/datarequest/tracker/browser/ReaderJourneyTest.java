package org.datarequest.tracker.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a reader does: follows the map, filters the matrix and takes the filtered CSV away. */
@QuarkusTest
class ReaderJourneyTest extends BrowserTestBase {

    @Test
    void aReaderClicksAMapTileAndReachesTheStatePage() throws Exception {
        page.navigate("/requests/pacei-2017");
        screenshot(page, "dashboard");
        Locator newYork = page.locator("svg.tile-map a[aria-label='New York: Refused']");
        newYork.click();
        page.waitForURL("**/requests/pacei-2017/jurisdictions/NY");
        assertEquals("New York NY", page.locator("h1").innerText().replace('\n', ' ').replaceAll("\\s+", " "));
        assertTrue(page.locator(".field-group").innerText().contains("Refused"));
    }

    @Test
    void aReaderFiltersTheMatrixAndExportsWhatIsShown() throws Exception {
        page.navigate("/requests/pacei-2017/matrix");
        assertEquals(1, page.evaluate("new Set(Array.from(document.querySelectorAll('thead th'))"
                + ".map(th => Math.round(th.getBoundingClientRect().top))).size"), "the header is one row");
        page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("REFUSED");
        page.getByLabel("Region", new Page.GetByLabelOptions().setExact(true)).selectOption("Northeast");
        page.locator("form.filters button[type=submit]").click();
        page.waitForURL(url -> url.contains("status=REFUSED") && url.contains("region=Northeast"));
        List<String> shown = page.locator("table.matrix tbody th .code").allInnerTexts();
        assertEquals(List.of("NY"), shown);
        Download download = page.waitForDownload(() -> page.getByText("matrix (CSV)").click());
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("jurisdiction,jurisdiction_name,stance"));
        assertTrue(lines.get(1).startsWith("NY,New York,REFUSED"));
    }

    @Test
    void mapTilesAreLinksWithTextNamesReachableByKeyboard() {
        page.navigate("/requests/pacei-2017");
        page.keyboard().press("Tab");
        assertEquals("Skip to main content", page.evaluate("document.activeElement.textContent.trim()"));
        Locator tiles = page.locator("svg.tile-map a");
        assertEquals(51, tiles.count());
        tiles.first().focus();
        String label = (String) page.evaluate("document.activeElement.getAttribute('aria-label')");
        assertTrue(label.matches("[A-Za-z .]+: (Full|Partial|Refused|Conditional|Pending)(, overdue)?(, litigation: [a-z ]+)?"),
                label);
        page.keyboard().press("Enter");
        page.waitForURL("**/jurisdictions/*");
    }
}
