package org.datarequest.tracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.request.DataRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON API through real HTTP Basic accounts: reads, writes, and every error as a problem detail. */
@QuarkusTest
class ApiTest {

    @Inject
    TestRequests requests;

    @Inject
    TestAccounts accounts;

    String slug;

    @BeforeEach
    void aRequestOfItsOwn() {
        DataRequest request = requests.create(3, List.of("NY", "TX", "PR"));
        slug = request.slug;
        accounts.ensure("api-editor", Role.editor);
        accounts.ensure("api-viewer", Role.viewer);
    }

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, TestAccounts.PASSWORD);
    }

    static Map<String, Object> cell(String status, long version) {
        return Map.of("status", status, "effectiveDate", "2025-03-05", "note", "said so",
                "sourceUrl", "https://example.org/statement", "version", version);
    }

    long version(String code, String field) {
        return given().get("/api/requests/" + slug + "/cells/" + code + "/" + field)
                .then().statusCode(200).extract().jsonPath().getLong("cell.version");
    }

    @Test
    void listsRequestsAndShowsOneWithFieldsAndCoverage() {
        given().get("/api/requests").then().statusCode(200).body("slug", hasItem("pacei-2017"));
        given().get("/api/requests/" + slug).then().statusCode(200)
                .body("fields.key", equalTo(List.of("f1", "f2", "f3")))
                .body("coverage.jurisdiction", equalTo(List.of("NY", "PR", "TX")));
    }

    @Test
    void listsCellsWithTheLongCsvNamesAndHonoursFilters() {
        given().get("/api/requests/" + slug + "/cells").then().statusCode(200)
                .body("size()", equalTo(9))
                .body("[0]", hasKey("jurisdictionName")).body("[0]", hasKey("fieldLabel"))
                .body("[0]", hasKey("statusLabel")).body("[0]", hasKey("recordedBy")).body("[0]", hasKey("version"));
        given().get("/api/requests/" + slug + "/cells?region=Territories&sensitivity=PUBLIC").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].jurisdiction", equalTo("PR"));
        given().get("/api/requests/" + slug + "/cells?status=NOPE").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("status"));
    }

    @Test
    void anEditorSetsACellAndItShowsWithItsHistoryChangesAndAsOf() {
        as("api-editor").contentType(ContentType.JSON).body(cell("REFUSED", version("NY", "f1")))
                .put("/api/requests/" + slug + "/cells/NY/f1").then().statusCode(200)
                .body("changesRecorded", equalTo(1)).body("changes[0].toStatus", equalTo("REFUSED"));
        given().get("/api/requests/" + slug + "/cells/NY/f1").then().statusCode(200)
                .body("cell.status", equalTo("REFUSED")).body("cell.recordedBy", equalTo("api-editor"))
                .body("history.size()", equalTo(1));
        given().get("/api/requests/" + slug + "/cells/NY/f1?asOf=2025-03-04").then().statusCode(200)
                .body("cell.status", equalTo("NO_RESPONSE"));
        given().get("/api/requests/" + slug + "/changes?jurisdiction=NY&status=REFUSED&size=1").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].field", equalTo("f1")).body("size", equalTo(1));
        given().get("/api/requests/" + slug + "/changes?user=nobody").then().statusCode(200).body("total", equalTo(0));
        given().get("/api/requests/" + slug + "/stances").then().statusCode(200)
                .body("counts.PENDING", equalTo(3)).body("definition", notNullValue());
    }

    @Test
    void aStaleVersionIsA409WithTheCurrentValueAndNothingWritten() {
        long start = version("TX", "f2");
        as("api-editor").contentType(ContentType.JSON).body(cell("PROVIDED", start))
                .put("/api/requests/" + slug + "/cells/TX/f2").then().statusCode(200);
        as("api-editor").contentType(ContentType.JSON).body(cell("REFUSED", start))
                .put("/api/requests/" + slug + "/cells/TX/f2").then().statusCode(409)
                .contentType("application/problem+json")
                .body("conflicts[0].current.status", equalTo("PROVIDED"))
                .body("conflicts[0].yours.status", equalTo("REFUSED"));
        given().get("/api/requests/" + slug + "/cells/TX/f2").then().body("cell.status", equalTo("PROVIDED"));
    }

    @Test
    void aBatchIsAllOrNothingWithPerItemErrors() {
        Map<String, Object> good = Map.of("jurisdiction", "NY", "field", "f2", "version", version("NY", "f2"),
                "status", "WILL_PROVIDE", "sourceTitle", "Letter", "effectiveDate", "2025-03-05");
        Map<String, Object> noSource = Map.of("jurisdiction", "TX", "field", "f3", "version", version("TX", "f3"),
                "status", "REFUSED", "effectiveDate", "2025-03-05");
        Map<String, Object> badStatus = Map.of("jurisdiction", "PR", "field", "f1", "version", 0, "status", "MAYBE",
                "sourceTitle", "x");
        as("api-editor").contentType(ContentType.JSON).body(Map.of("items", List.of(good, noSource, badStatus)))
                .post("/api/requests/" + slug + "/cells").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.index", equalTo(List.of(1, 2)))
                .body("errors[0].errors", hasKey("sourceUrl")).body("errors[1].errors", hasKey("status"));
        given().get("/api/requests/" + slug + "/cells/NY/f2").then().body("cell.status", equalTo("NO_RESPONSE"));
        as("api-editor").contentType(ContentType.JSON).body(Map.of("items", List.of(good)))
                .post("/api/requests/" + slug + "/cells").then().statusCode(200).body("changesRecorded", equalTo(1));
    }

    @Test
    void timelineEntriesAreReadAndAddedByEditors() {
        as("api-editor").contentType(ContentType.JSON).body(Map.of("kind", "LAWSUIT", "occurredOn", "2025-09-16",
                        "jurisdiction", "NY", "summary", "The department sues New York.", "sourceUrl", "https://example.org/suit"))
                .post("/api/requests/" + slug + "/timeline").then().statusCode(201).body("kind", equalTo("LAWSUIT"));
        as("api-editor").contentType(ContentType.JSON).body(Map.of("kind", "RUMOUR", "occurredOn", "16/09/2025"))
                .post("/api/requests/" + slug + "/timeline").then().statusCode(422)
                .body("errors[0].errors", hasKey("kind")).body("errors[0].errors", hasKey("occurredOn"))
                .body("errors[0].errors", hasKey("summary"));
        given().get("/api/requests/" + slug + "/timeline").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].jurisdictionName", equalTo("New York"));
    }

    @Test
    void writesNeedAnEditorAccount() {
        given().contentType(ContentType.JSON).body(cell("REFUSED", 0)).put("/api/requests/" + slug + "/cells/NY/f1")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        as("api-viewer").contentType(ContentType.JSON).body(cell("REFUSED", 0))
                .put("/api/requests/" + slug + "/cells/NY/f1").then().statusCode(403)
                .contentType("application/problem+json");
        as("api-viewer").contentType(ContentType.JSON).body(Map.of("items", List.of()))
                .post("/api/requests/" + slug + "/cells").then().statusCode(403);
        as("api-viewer").contentType(ContentType.JSON).body(Map.of("kind", "OTHER"))
                .post("/api/requests/" + slug + "/timeline").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("kind", "OTHER"))
                .post("/api/requests/" + slug + "/timeline").then().statusCode(401);
        as("api-editor").contentType(ContentType.JSON).body(cell("REFUSED", 0)).auth().preemptive()
                .basic("api-editor", "wrong-password").put("/api/requests/" + slug + "/cells/NY/f1")
                .then().statusCode(401);
    }

    @Test
    void unknownThingsAre404ProblemDetails() {
        given().get("/api/requests/no-such-request").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/requests/" + slug + "/cells/CA/f1").then().statusCode(404).body("detail", containsString("in this request"));
        given().get("/api/requests/" + slug + "/cells/NY/nope").then().statusCode(404);
        as("api-editor").contentType(ContentType.JSON).body(cell("REFUSED", 0))
                .put("/api/requests/" + slug + "/cells/NY/nope").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/requests/" + slug + "/changes?page=-1").then().statusCode(400).body("parameter", equalTo("page"));
    }

    @Test
    void theOpenApiDocumentListsEveryEndpointWithSchemas() {
        var doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        for (String path : List.of("/api/requests", "/api/requests/{slug}", "/api/requests/{slug}/cells",
                "/api/requests/{slug}/cells/{code}/{field}", "/api/requests/{slug}/changes",
                "/api/requests/{slug}/stances", "/api/requests/{slug}/timeline")) {
            assertEquals(true, paths.containsKey(path), path + " in " + paths.keySet());
        }
        assertEquals(true, paths.get("/api/requests/{slug}/cells/{code}/{field}").containsKey("put"));
        assertEquals(true, paths.get("/api/requests/{slug}/cells").containsKey("post"));
        assertEquals(true, paths.get("/api/requests/{slug}/timeline").containsKey("post"));
        Map<String, Object> schemas = doc.getMap("components.schemas");
        for (String schema : List.of("CellView", "CellWrite", "Batch", "ChangePage", "RequestDetail", "StanceCounts",
                "TimelineView", "WriteResult")) {
            assertEquals(true, schemas.containsKey(schema), schema + " in " + schemas.keySet());
        }
    }
}
