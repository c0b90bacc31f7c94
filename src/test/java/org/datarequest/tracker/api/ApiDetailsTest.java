package org.datarequest.tracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A batch reports every invalid item at once; a recorded moment reads the same in every answer. */
@QuarkusTest
class ApiDetailsTest {

    static final String MICROS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z";

    @Inject
    TestRequests requests;

    @Inject
    TestAccounts accounts;

    String slug;

    @BeforeEach
    void aRequestOfItsOwn() {
        slug = requests.create(2, List.of("NY", "TX")).slug;
        accounts.ensure("details-editor", Role.editor);
    }

    @Test
    void aBatchWithThreeInvalidItemsNamesEachWithItsIndexAndFieldsAndWritesNothing() {
        Map<String, Object> good = Map.of("jurisdiction", "NY", "field", "f1", "version", 0,
                "status", "WILL_PROVIDE", "sourceTitle", "Letter", "effectiveDate", "2025-03-05");
        Map<String, Object> uncovered = Map.of("jurisdiction", "CA", "field", "f1", "version", 0,
                "status", "REFUSED", "sourceTitle", "Letter");
        Map<String, Object> noSource = Map.of("jurisdiction", "TX", "field", "f2", "version", 0, "status", "REFUSED",
                "effectiveDate", "2025-03-05");
        Map<String, Object> unknownField = Map.of("jurisdiction", "TX", "field", "nope", "version", 0,
                "status", "REFUSED", "sourceTitle", "Letter");
        given().auth().preemptive().basic("details-editor", TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(good, uncovered, noSource, unknownField)))
                .post("/api/requests/" + slug + "/cells").then().statusCode(422)
                .body("detail", equalTo("Nothing was written: 3 item(s) break the rules."))
                .body("errors.index", equalTo(List.of(1, 2, 3)))
                .body("errors[0].errors", hasKey("jurisdiction"))
                .body("errors[1].errors", hasKey("sourceUrl"))
                .body("errors[2].errors", hasKey("field"));
        given().get("/api/requests/" + slug + "/cells/NY/f1").then().statusCode(200)
                .body("cell.status", equalTo("NO_RESPONSE"));
    }

    @Test
    void theRecordedTimeOfAWriteReadsTheSameLaterWithSixFractionDigits() {
        String written = given().auth().preemptive().basic("details-editor", TestAccounts.PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "REFUSED", "effectiveDate", "2025-03-05", "sourceTitle", "Letter", "version", 0))
                .put("/api/requests/" + slug + "/cells/NY/f2").then().statusCode(200)
                .body("changes[0].recordedAt", matchesPattern(MICROS))
                .extract().jsonPath().getString("changes[0].recordedAt");
        given().get("/api/requests/" + slug + "/cells/NY/f2").then().statusCode(200)
                .body("cell.recordedAt", equalTo(written)).body("history[0].recordedAt", equalTo(written));
        given().get("/api/requests/" + slug + "/changes").then().statusCode(200)
                .body("items[0].recordedAt", equalTo(written));
        String csv = given().get("/requests/" + slug + "/export/changes.csv").then().statusCode(200).extract().asString();
        assertEquals(1, csv.split(written, -1).length - 1, "the change log export carries the same moment");
    }
}
