package org.datarequest.tracker.caching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.communication.CommunicationEditor;
import org.datarequest.tracker.communication.CommunicationForm;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.admin.CoverageAdmin;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.admin.FieldAdmin;
import org.datarequest.tracker.request.RequestAdmin;
import org.datarequest.tracker.cell.CellEdit;
import org.datarequest.tracker.cell.CellEditor;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every read page and export answers a matching If-None-Match with 304, and a change moves its ETag. */
@QuarkusTest
class ConditionalPagesTest {

    @Inject
    TestRequests requests;

    @Inject
    CellEditor editor;

    @Inject
    CommunicationEditor communications;

    @Inject
    FieldAdmin fields;

    @Inject
    CoverageAdmin coverage;

    @Inject
    RequestAdmin requestAdmin;

    private DataRequest request;

    @BeforeEach
    void twoFieldsInTexas() {
        request = requests.create(2, List.of("TX"));
    }

    @Test
    void everyReadPageAndExportAnswersAMatchingIfNoneMatchWith304() {
        String base = "/requests/" + request.slug;
        for (String path : List.of("/", "/requests", base, base + "/matrix", base + "/matrix?asOf=2025-01-01",
                base + "/jurisdictions/TX", base + "/cells/TX/f1", base + "/changes", base + "/changes.atom",
                base + "/export/wide.csv", base + "/export/long.csv", base + "/export/changes.csv",
                base + "/export/timeline.csv", base + "/export/fields.csv", base + "/export/coverage.csv",
                base + "/export/communications.csv", base + "/export/datapackage.zip", base + "/map.svg",
                base + "/communications", base + "/jurisdictions/TX/changes.atom", base + "/fields/f1/changes.atom",
                "/api/requests", "/api/requests/" + request.slug,
                "/api/requests/" + request.slug + "/cells", "/api/requests/" + request.slug + "/changes")) {
            String etag = etagOf(path);
            given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
            given().header("If-None-Match", "W/\"something-else\"").get(path).then().statusCode(200);
        }
    }

    @Test
    void aChangeSetMovesTheETagOfItsRequestOnly() {
        DataRequest other = requests.create(1, List.of("TX"));
        String matrix = "/requests/" + request.slug + "/matrix";
        String before = etagOf(matrix);
        String otherBefore = etagOf("/requests/" + other.slug + "/matrix");
        editor.apply(request, List.of(new CellEdit("TX", "f1", 0,
                new CellValue(Status.REFUSED, LocalDate.of(2025, 3, 2), null, null, null, null, "a source"))),
                org.datarequest.tracker.cell.Saving.by("ed", org.datarequest.tracker.cell.ChangeSet.Method.FORM, null));
        String after = etagOf(matrix);
        assertNotEquals(before, after);
        given().header("If-None-Match", before).get(matrix).then().statusCode(200);
        assertEquals(otherBefore, etagOf("/requests/" + other.slug + "/matrix"));
    }

    @Test
    void aCommunicationMovesTheETagOfTheCommunicationsPages() {
        String list = "/requests/" + request.slug + "/communications";
        String before = etagOf(list);
        CommunicationForm form = new CommunicationForm();
        form.kind = "LETTER";
        form.direction = "TO_JURISDICTION";
        form.date = "2025-07-01";
        form.precision = "DAY";
        form.jurisdiction = "TX";
        form.title = "A letter asking for the roll";
        Communication letter = communications.add(request.slug, form, "ed");
        assertNotEquals(before, etagOf(list));
        given().header("If-None-Match", before).get(list).then().statusCode(200);
        String one = list + "/" + letter.id;
        String etag = etagOf(one);
        given().header("If-None-Match", etag).get(one).then().statusCode(304);
    }

    @Test
    void aChangeSetPageAnswersAMatchingIfNoneMatchWith304() {
        editor.apply(request, List.of(new CellEdit("TX", "f1", 0,
                new CellValue(Status.REFUSED, LocalDate.of(2025, 3, 2), null, null, null, null, "a source"))),
                org.datarequest.tracker.cell.Saving.by("ed", org.datarequest.tracker.cell.ChangeSet.Method.FORM, null));
        String href = given().get("/requests/" + request.slug + "/changes").then().statusCode(200).extract().asString()
                .replaceAll("(?s).*?href=\"(/requests/[^\"]+/changes/sets/\\d+)\".*", "$1");
        String etag = etagOf(href);
        given().header("If-None-Match", etag).get(href).then().statusCode(304).header("ETag", etag);
    }

    @Test
    void aVerificationStampMovesTheETag() {
        String page = "/requests/" + request.slug + "/jurisdictions/TX";
        String before = etagOf(page);
        editor.verify(request, "TX", List.of("f1"), "checker");
        assertNotEquals(before, etagOf(page));
    }

    @Test
    void fieldCoverageAndRequestChangesMoveTheETag() {
        String dashboard = "/requests/" + request.slug;
        String first = etagOf(dashboard);
        fields.retire(request.slug, "f2", true);
        String second = etagOf(dashboard);
        assertNotEquals(first, second);
        coverage.add(request.slug, List.of("CA"));
        String third = etagOf(dashboard);
        assertNotEquals(second, third);
        requestAdmin.archive(request.slug, true);
        assertNotEquals(third, etagOf(dashboard));
    }

    @Test
    void theCachedMatrixShowsAChangeAtOnce() {
        String matrix = "/requests/" + request.slug + "/matrix";
        String first = given().get(matrix).then().statusCode(200).extract().asString();
        assertEquals(first, given().get(matrix).then().statusCode(200).extract().asString());
        editor.apply(request, List.of(new CellEdit("TX", "f1", 0,
                new CellValue(Status.REFUSED, LocalDate.of(2025, 3, 2), null, null, null, null, "a source"))),
                org.datarequest.tracker.cell.Saving.by("ed", org.datarequest.tracker.cell.ChangeSet.Method.FORM, null));
        String after = given().get(matrix).then().statusCode(200).extract().asString();
        assertTrue(after.contains("class=\"cell s-REFUSED"), "the refused cell shows after the change");
    }

    @Test
    void writeFormsAndUnknownRequestsCarryNoETag() {
        given().get("/requests/no-such-request/matrix").then().statusCode(404).header("ETag", (String) null);
        given().get("/requests/" + request.slug + "/bulk").then().header("ETag", (String) null);
    }

    static String etagOf(String path) {
        return given().get(path).then().statusCode(200).header("ETag", not(emptyOrNullString()))
                .extract().header("ETag");
    }

}
