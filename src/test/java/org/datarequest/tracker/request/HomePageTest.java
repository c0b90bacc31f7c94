package org.datarequest.tracker.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.datarequest.tracker.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomePageTest {

    @Test
    void homeIsTheDashboardOfTheNewestCurrentRequest() {
        String newest = QuarkusTransaction.requiringNew().call(() -> DataRequest.newestCurrent().orElseThrow().title);
        Document page = Html.get("/");
        assertEquals(newest, page.select("h1").text());
        assertTrue(page.select("svg.tile-map a").size() > 0);
    }

    @Test
    void requestsPageListsTheExampleRequest() {
        Document page = Html.get("/requests");
        assertTrue(page.select("a[href=/requests/pacei-2017]").text().startsWith("Presidential Advisory Commission"));
    }
}
