package org.datarequest.tracker.tracking;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import jakarta.inject.Inject;
import org.datarequest.tracker.SqlStatements;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.caching.RenderCache;
import org.datarequest.tracker.request.DataRequest;
import org.junit.jupiter.api.Test;

/** Pages cost a fixed number of SQL statements, however many jurisdictions and fields they show. */
@QuarkusTest
class SqlStatementCountTest {

    @Inject
    SqlStatements sql;

    @Inject
    TestRequests requests;

    @Inject
    RenderCache renderCache;

    @Inject
    TestLitigation litigation;

    @Test
    void matrixCostsTheSameForTheExampleAndForTwiceTheFieldsAndEveryJurisdiction() {
        DataRequest big = requests.createCoveringAll(26);
        long example = statementsFor("/requests/pacei-2017/matrix");
        long bigger = statementsFor("/requests/" + big.slug + "/matrix");
        assertEquals(example, bigger);
        // the request's data version (for the ETag), the request with its fields (one statement), coverage, the
        // cells with the change and the verification in effect (one statement), and the litigation in effect
        assertEquals(5, example, "statements of the matrix");
        assertEquals(example, statementsFor("/requests/pacei-2017/matrix?sort=changed&status=REFUSED&field=ssn_last4"),
                "ordering and the field filter work on what is loaded already");
        assertEquals(example, statementsFor("/requests/" + big.slug + "/matrix?sort=f3"));
    }

    @Test
    void matrixAsOfADayCostsTheSameWhateverTheSize() {
        DataRequest big = requests.createCoveringAll(26);
        long example = statementsFor("/requests/pacei-2017/matrix?asOf=2017-07-01");
        long bigger = statementsFor("/requests/" + big.slug + "/matrix?asOf=2017-07-01");
        assertEquals(example, bigger);
    }

    @Test
    void everyReadPageRunsAKnownNumberOfStatements() {
        // each page starts with the request's data version (for the ETag), then reads the request with the first
        // thing it needs of it
        assertAll(
                // the request with its fields, coverage, cells, litigation, communications, the newest changes with
                // their "from"
                () -> assertEquals(7, statementsFor("/requests/pacei-2017"), "statements of the dashboard"),
                // the pages of one jurisdiction read the request with its coverage and jurisdiction in one
                // statement; then fields, cells, the litigation history (whose newest entry is the litigation in
                // effect), communications, the newest changes with their "from"
                () -> assertEquals(7, statementsFor("/requests/pacei-2017/jurisdictions/NY"),
                        "statements of the state page"),
                // the same first read, then the rest of what the cell page showed before
                () -> assertEquals(6, statementsFor("/requests/pacei-2017/cells/NY/full_name"),
                        "statements of the cell page"),
                // as today's: the request with its fields, coverage, cells, litigation
                () -> assertEquals(5, statementsFor("/requests/pacei-2017/matrix?asOf=2017-07-01"),
                        "statements of the matrix as of a day"));
    }

    @Test
    void dashboardAndJurisdictionPageCostTheSameWhateverTheSize() {
        DataRequest big = requests.createCoveringAll(26);
        assertEquals(statementsFor("/requests/pacei-2017"), statementsFor("/requests/" + big.slug));
        assertEquals(statementsFor("/requests/pacei-2017/jurisdictions/NY"),
                statementsFor("/requests/" + big.slug + "/jurisdictions/NY"));
        assertEquals(statementsFor("/requests/pacei-2017/cells/NY/full_name"),
                statementsFor("/requests/" + big.slug + "/cells/NY/f1"));
    }

    @Test
    void asOfPagesCostTheSameWhateverTheSizeAndTheHistory() {
        DataRequest big = requests.createCoveringAll(26);
        for (String asOf : List.of("?asOf=2017-06-29", "?asOf=2017-07-04")) {
            assertEquals(statementsFor("/requests/pacei-2017" + asOf), statementsFor("/requests/" + big.slug + asOf));
            assertEquals(statementsFor("/requests/pacei-2017/jurisdictions/NY" + asOf),
                    statementsFor("/requests/" + big.slug + "/jurisdictions/NY" + asOf));
            assertEquals(statementsFor("/requests/pacei-2017/cells/NY/full_name" + asOf),
                    statementsFor("/requests/" + big.slug + "/cells/NY/f1" + asOf));
            assertEquals(statementsFor("/requests/pacei-2017/export/wide.csv" + asOf),
                    statementsFor("/requests/" + big.slug + "/export/wide.csv" + asOf));
        }
    }

    @Test
    void litigationAndDeadlinesAddNoStatementPerJurisdiction() {
        DataRequest big = requests.createCoveringAll(26);
        litigation.sueEvery(big, 2025, 5);
        for (String asOf : List.of("", "?asOf=2025-04-15", "?asOf=2025-06-01")) {
            assertEquals(statementsFor("/requests/pacei-2017/matrix" + asOf),
                    statementsFor("/requests/" + big.slug + "/matrix" + asOf));
            assertEquals(statementsFor("/requests/pacei-2017/matrix?litigation=SUED&overdue=1" + asOf.replace('?', '&')),
                    statementsFor("/requests/" + big.slug + "/matrix?litigation=SUED&overdue=1" + asOf.replace('?', '&')));
            assertEquals(statementsFor("/requests/pacei-2017" + asOf), statementsFor("/requests/" + big.slug + asOf));
            assertEquals(statementsFor("/requests/pacei-2017/jurisdictions/NY" + asOf),
                    statementsFor("/requests/" + big.slug + "/jurisdictions/NY" + asOf));
            assertEquals(statementsFor("/requests/pacei-2017/export/wide.csv" + asOf),
                    statementsFor("/requests/" + big.slug + "/export/wide.csv" + asOf));
            assertEquals(statementsFor("/requests/pacei-2017/export/long.csv" + asOf),
                    statementsFor("/requests/" + big.slug + "/export/long.csv" + asOf));
        }
    }

    @Test
    void aRevalidationReadsTheVersionAloneAndAStaleOneCostsNoMoreThanNone() {
        String path = "/requests/pacei-2017/jurisdictions/NY";
        String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
        assertEquals(1, sql.countWhile(() -> given().header("If-None-Match", etag).when().get(path)
                .then().statusCode(304)), "statements of a 304");
        long fresh = statementsFor(path);
        renderCache.clear();
        assertEquals(fresh, sql.countWhile(() -> given().header("If-None-Match", "W/\"0-stale\"")
                .when().get(path).then().statusCode(200)), "statements of a page after a stale ETag");
    }

    /**
     * The statements of a page rendered afresh (kept pages cost one: see RenderCacheTest), once what an instance
     * reads only once (the jurisdictions, see Jurisdictions) has been read: asked once before it is counted.
     */
    private long statementsFor(String path) {
        given().when().get(path).then().statusCode(200);
        renderCache.clear();
        return sql.countWhile(() -> given().when().get(path).then().statusCode(200));
    }
}
