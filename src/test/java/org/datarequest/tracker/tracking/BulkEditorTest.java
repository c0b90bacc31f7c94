package org.datarequest.tracker.tracking;

import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.Saving;
import org.datarequest.tracker.cell.CellEdit;
import org.datarequest.tracker.cell.CellEditor;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.Status;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Html;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Sensitivity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "bulk-editor", roles = {"viewer", "editor"})
class BulkEditorTest {

    private static final List<String> TEN_STATES = List.of("TX", "NY", "CA", "FL", "OH", "GA", "MI", "PA", "IL", "AZ");

    @Inject
    TestRequests requests;

    @Inject
    CellEditor editor;

    @Test
    void publicDataOnlyOnTenStatesPreviewsThenWritesOneHundredThirtyChanges() {
        DataRequest request = requests.create(13, TEN_STATES);
        String bulk = "/requests/" + request.slug + "/bulk";
        CsrfForms.Page page = CsrfForms.open(bulk);
        Response preview = page.post().formParam("action", "preview").formParam("effectiveDate", "2025-03-05").formParam("preset", "PUBLIC_DATA_ONLY")
                .formParam("jurisdiction", TEN_STATES.toArray()).formParam("sourceTitle", "NASS tally")
                .formParam("legalBasis", "State privacy statute").when().post(bulk);
        preview.then().statusCode(200);
        Document shown = Jsoup.parse(preview.body().asString());
        // TestRequests cycles PUBLIC, RESTRICTED, PROTECTED: 5 public and 4 protected fields change, 4 restricted stay.
        assertEquals("Preview: 90 of 90 cells will change", shown.select("#preview-title").text());
        assertEquals(0, changes(request), "a preview writes nothing");

        page.post().formParams(confirmation(shown)).when().post(bulk)
                .then().statusCode(303).header("Location", endsWith("/bulk?applied=90"));
        assertEquals(90, changes(request));
        assertEquals("Saved: 90 changes recorded. See the matrix.",
                Html.get(bulk + "?applied=90").select(".flash").text());
        Document matrix = Html.get("/requests/" + request.slug + "/matrix");
        assertEquals(10, matrix.select("td.stance:contains(Partial)").size());
        // TestRequests cycles PUBLIC, RESTRICTED, PROTECTED: f1, f4, f7, f10 and f13 are public.
        assertEquals(Sensitivity.PUBLIC, fieldSensitivity(request, "f1"));
        assertEquals(10 * 5, matrix.select("td.cell.s-WILL_PROVIDE").size());
        assertEquals(10 * 4, matrix.select("td.cell.s-WITHHELD_BY_LAW").size());
        assertEquals(10 * 4, matrix.select("td.cell.s-NO_RESPONSE").size());
    }

    @Test
    void publicDataOnlyClaimsWithheldByLawOnlyWithALegalBasis() {
        DataRequest request = requests.create(3, List.of("NY"));
        String bulk = "/requests/" + request.slug + "/bulk";
        Response refused = CsrfForms.open(bulk).post().formParam("action", "preview").formParam("effectiveDate", "2025-03-05")
                .formParam("preset", "PUBLIC_DATA_ONLY").formParam("jurisdiction", "NY")
                .formParam("sourceTitle", "NASS tally").when().post(bulk);
        refused.then().statusCode(422);
        assertTrue(Jsoup.parse(refused.body().asString()).select("#legalBasis-error").text()
                .contains("give the legal basis"));
        assertEquals(0, changes(request));
    }

    @Test
    void publicDataOnlySetsRestrictedFieldsOnlyWhenTheEditorChoosesAStatusForThem() {
        DataRequest request = requests.create(3, List.of("NY"));
        String bulk = "/requests/" + request.slug + "/bulk";
        Response preview = CsrfForms.open(bulk).post().formParam("action", "preview").formParam("effectiveDate", "2025-03-05")
                .formParam("preset", "PUBLIC_DATA_ONLY").formParam("jurisdiction", "NY")
                .formParam("restrictedStatus", "REFUSED").formParam("legalBasis", "State privacy statute")
                .formParam("sourceTitle", "NASS tally").when().post(bulk);
        preview.then().statusCode(200);
        assertEquals("Preview: 3 of 3 cells will change",
                Jsoup.parse(preview.body().asString()).select("#preview-title").text());
    }

    @Test
    void refusesEverythingOnARegionCoversEveryFieldOfItsStates() {
        DataRequest request = requests.create(4, List.of("NY", "NJ", "TX"));
        String bulk = "/requests/" + request.slug + "/bulk";
        CsrfForms.Page page = CsrfForms.open(bulk);
        Response preview = page.post().formParam("action", "preview").formParam("effectiveDate", "2025-03-05").formParam("preset", "REFUSES_EVERYTHING")
                .formParam("region", "Northeast").formParam("sourceUrl", "https://example.org/statement")
                .when().post(bulk);
        Document shown = Jsoup.parse(preview.body().asString());
        assertEquals("Preview: 8 of 8 cells will change", shown.select("#preview-title").text());
        page.post().formParams(confirmation(shown)).when().post(bulk).then().statusCode(303);
        assertEquals(8, changes(request));
    }

    @Test
    void aBulkApplyOfMoreThan256CellsGoesThrough() {
        // One version per cell travels with the apply form: 56 jurisdictions x 6 fields is 336 form fields.
        DataRequest request = requests.createCoveringAll(6);
        String bulk = "/requests/" + request.slug + "/bulk";
        CsrfForms.Page page = CsrfForms.open(bulk);
        Response preview = page.post().formParam("action", "preview").formParam("effectiveDate", "2025-03-05")
                .formParam("preset", "REFUSES_EVERYTHING").formParam("stance", "PENDING")
                .formParam("sourceTitle", "Joint statement").when().post(bulk);
        preview.then().statusCode(200);
        Document shown = Jsoup.parse(preview.body().asString());
        int cells = shown.select("section.preview form input[name^=version.]").size();
        assertTrue(cells > 256, cells + " cells");
        page.post().formParams(confirmation(shown)).when().post(bulk).then().statusCode(303);
        assertEquals(cells, changes(request));
    }

    @Test
    void aCellSavedByAnotherEditorAfterThePreviewStopsTheApply() {
        DataRequest request = requests.create(2, List.of("TX", "NY"));
        String bulk = "/requests/" + request.slug + "/bulk";
        CsrfForms.Page page = CsrfForms.open(bulk);
        Document shown = Jsoup.parse(page.post().formParam("action", "preview").formParam("effectiveDate", "2025-03-05").formParam("status", "REFUSED")
                .formParam("jurisdiction", "TX", "NY").formParam("field", "f1", "f2").formParam("sourceTitle", "s")
                .when().post(bulk).body().asString());
        editor.apply(request, List.of(new CellEdit("NY", "f2", 0, new CellValue(Status.REVIEWING,
                LocalDate.of(2025, 3, 3), null, null, null, null, "other"))), Saving.by("someone-else", ChangeSet.Method.FORM, null));
        Response conflict = page.post().formParams(confirmation(shown)).when().post(bulk);
        conflict.then().statusCode(409);
        assertTrue(Jsoup.parse(conflict.body().asString()).select(".error-summary").text()
                .contains("NY, f2: now Reviewing; yours Refused"));
        assertEquals(1, changes(request), "only the other editor's change");
    }

    @Test
    void choosingNothingIsExplainedNextToTheChoices() {
        DataRequest request = requests.create(2, List.of("TX"));
        String bulk = "/requests/" + request.slug + "/bulk";
        CsrfForms.Page page = CsrfForms.open(bulk);
        Response answer = page.post().formParam("action", "preview").formParam("effectiveDate", "2025-03-05").formParam("status", "REFUSED")
                .formParam("sourceTitle", "s").when().post(bulk);
        answer.then().statusCode(422);
        Document shown = Jsoup.parse(answer.body().asString());
        assertTrue(shown.select("#jurisdiction-error").text().startsWith("Choose at least one jurisdiction"));
        assertTrue(shown.select("#field-error").text().startsWith("Choose at least one field"));
    }

    private static Map<String, Object> confirmation(Document preview) {
        Map<String, List<String>> grouped = preview.select("section.preview form input[type=hidden]").stream()
                .filter(input -> !input.attr("name").equals(CsrfForms.TOKEN))
                .collect(Collectors.groupingBy(input -> input.attr("name"),
                        Collectors.mapping(input -> input.val(), Collectors.toList())));
        Map<String, Object> params = new HashMap<>();
        grouped.forEach((name, values) -> params.put(name, values.size() == 1 ? values.get(0) : values));
        return params;
    }

    private static long changes(DataRequest request) {
        return QuarkusTransaction.requiringNew().call(() -> CellChange.count("requestId", request.id));
    }

    private static Sensitivity fieldSensitivity(DataRequest request, String key) {
        return QuarkusTransaction.requiringNew().call(() -> org.datarequest.tracker.request.RequestedField
                .<org.datarequest.tracker.request.RequestedField>find("request.id = ?1 and key = ?2", request.id, key)
                .firstResult().sensitivity);
    }
}
