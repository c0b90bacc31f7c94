package org.datarequest.tracker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import io.quarkus.test.junit.QuarkusTest;
import org.datarequest.tracker.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Every page that shows cells takes asOf, says so in a banner, and keeps it in its links. */
@QuarkusTest
class AsOfPagesTest {

    private static final String DAY = "2017-06-29";

    @Test
    void everyCellPageShowsTheBannerAndADatePicker() {
        for (String path : List.of("/requests/pacei-2017", "/requests/pacei-2017/matrix",
                "/requests/pacei-2017/jurisdictions/NY", "/requests/pacei-2017/cells/NY/full_name")) {
            Document page = Html.get(path + "?asOf=" + DAY);
            assertTrue(page.select(".banner").text().contains("29 June 2017"), path);
            assertEquals(DAY, page.selectFirst("input[type=date][name=asOf]").val(), path);
        }
    }

    @Test
    void linksToOtherCellPagesAndExportsKeepTheDay() {
        Document dashboard = Html.get("/requests/pacei-2017?asOf=" + DAY);
        assertTrue(dashboard.select("svg.tile-map a").stream().allMatch(a -> a.attr("href").endsWith("asOf=" + DAY)));
        assertTrue(dashboard.select("a[href*=/export/]:not([href*=timeline])").stream().allMatch(a -> a.attr("href").contains("asOf=" + DAY)));
        Document matrix = Html.get("/requests/pacei-2017/matrix?stance=REFUSED&asOf=" + DAY);
        assertTrue(matrix.select("td.cell a").stream().allMatch(a -> a.attr("href").endsWith("asOf=" + DAY)));
        assertTrue(matrix.select("a[href*=/export/]").stream()
                .allMatch(a -> a.attr("href").contains("asOf=" + DAY) && a.attr("href").contains("stance=REFUSED")));
        Document jurisdiction = Html.get("/requests/pacei-2017/jurisdictions/NY?asOf=" + DAY);
        assertTrue(jurisdiction.select("table.fields a").stream()
                .filter(a -> a.attr("href").contains("/cells/")).allMatch(a -> a.attr("href").endsWith("asOf=" + DAY)));
    }

    @Test
    void theMapAndCountsFollowTheDay() {
        Document before = Html.get("/requests/pacei-2017?asOf=2017-06-27");
        assertTrue(before.select("svg.tile-map rect").stream().allMatch(r -> r.hasClass("t-PENDING")));
        Document now = Html.get("/requests/pacei-2017");
        assertEquals(3, now.select("svg.tile-map rect.t-REFUSED").size());
    }
}
