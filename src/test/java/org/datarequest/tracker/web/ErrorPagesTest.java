package org.datarequest.tracker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.datarequest.tracker.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorPagesTest {

    @Test
    void unknownRequestIsAFriendly404() {
        Document page = Html.get("/requests/no-such-request", 404);
        assertTrue(page.select("main").text().contains("There is no request “no-such-request”"));
        assertTrue(page.select("a[href=/requests]").size() > 0);
    }

    @Test
    void unknownJurisdictionOrFieldIs404() {
        assertTrue(Html.get("/requests/pacei-2017/jurisdictions/ZZ", 404).text().contains("jurisdiction"));
        assertTrue(Html.get("/requests/pacei-2017/jurisdictions/PR", 404).text().contains("in this request"));
        assertTrue(Html.get("/requests/pacei-2017/cells/NY/no_such_field", 404).text().contains("no_such_field"));
    }

    @Test
    void unknownStatusInTheMatrixFilterIsA400NamingTheParameter() {
        Document page = Html.get("/requests/pacei-2017/matrix?status=BOGUS", 400);
        assertTrue(page.select("main").text().contains("“status”"));
        assertTrue(page.select("main").text().contains("BOGUS"));
    }

    @Test
    void everyMalformedFilterIsA400() {
        assertTrue(Html.get("/requests/pacei-2017/matrix?stance=MAYBE", 400).text().contains("“stance”"));
        assertTrue(Html.get("/requests/pacei-2017/matrix?region=Atlantis", 400).text().contains("“region”"));
        assertTrue(Html.get("/requests/pacei-2017/matrix?sensitivity=SECRET", 400).text().contains("“sensitivity”"));
        assertTrue(Html.get("/requests/pacei-2017?asOf=2017-13-45", 400).text().contains("“asOf”"));
        assertTrue(Html.get("/requests/pacei-2017/matrix?q=" + "x".repeat(300), 400).text().contains("“q”"));
    }

    @Test
    void anAddressThatMatchesNothingIsAFriendly404WithoutATrace() {
        given().when().get("/no/such/page").then().statusCode(404)
                .body(containsString("There is nothing at this address"))
                .body(not(containsString("Exception")));
    }

    @Test
    void healthChecksAnswer() {
        given().when().get("/q/health").then().statusCode(200).body(containsString("UP"));
    }
}
