package org.datarequest.tracker.tracking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.request.DataRequest;
import org.junit.jupiter.api.Test;

/**
 * The pages of a whole request read the request together with its fields; a request that has no field yet (an
 * admin sets the request up first and adds its fields after) must still show, and a slug of no request still gets
 * a 404.
 */
@QuarkusTest
class RequestWithoutFieldsTest {

    @Inject
    TestRequests requests;

    @Test
    void aRequestWithoutFieldsStillShowsItsPages() {
        DataRequest request = requests.create(0, List.of("NY", "TX"));
        String base = "/requests/" + request.slug;
        given().when().get(base).then().statusCode(200).body(containsString(request.title));
        for (String matrix : List.of(base + "/matrix", base + "/matrix?asOf=2025-03-02")) {
            given().when().get(matrix).then().statusCode(200)
                    .body(containsString("2 of 2 jurisdictions × 0 of 0 fields"))
                    .body(containsString("needs both fields and covered jurisdictions before it has cells"));
        }
        given().when().get("/api" + base + "/cells").then().statusCode(200).body("$", hasSize(0));
        given().when().get(base + "/export/wide.csv").then().statusCode(200).body(containsString("New York"));
    }

    @Test
    void aSlugOfNoRequestIsNotFoundOnEveryPageOfAWholeRequest() {
        for (String path : List.of("/requests/no-such-request", "/requests/no-such-request/matrix",
                "/requests/no-such-request/matrix?asOf=2017-07-01", "/api/requests/no-such-request/cells",
                "/requests/no-such-request/export/wide.csv", "/requests/NO_SUCH")) {
            given().when().get(path).then().statusCode(404);
        }
    }
}
