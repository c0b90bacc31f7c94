package org.datarequest.tracker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.datarequest.tracker.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The history reads: names, what changed, one heading per save with what its changes share said once. */
@QuarkusTest
class HistoryReadingTest {

    @Test
    void connecticutsSaveReadsAsOneGroupWithNamesAndItsSourceSaidOnce() {
        Document page = Html.get("/requests/pacei-2017/changes?jurisdiction=CT");
        assertEquals(1, page.select("tr.set-row").size());
        String heading = page.select("tr.set-row").text();
        assertTrue(heading.contains("13 changes") && heading.contains("Source for all: News report of early July 2017"),
                heading);
        for (Element row : page.select("tr.change")) {
            assertEquals("Connecticut", row.select("td").get(1).text());
            assertFalse(row.select("td").get(3).text().matches(".*No response → .*No response.*"), row.text());
        }
        assertTrue(page.select("tr.change td:contains(Date of birth) ~ td").text().contains("(unchanged)"));
        assertTrue(page.select(".as-above").size() >= 5, "repeated notes are folded");
    }

    @Test
    void theDashboardsRecentChangesNeverSayNoResponseToNoResponse() {
        Document page = Html.get("/requests/pacei-2017");
        String recent = page.select("section[aria-labelledby=recent-title]").text();
        assertFalse(recent.contains("No response → – No response"), recent);
        assertTrue(recent.contains("Entered"), recent);
        assertTrue(recent.contains("Connecticut, "), recent);
    }
}
