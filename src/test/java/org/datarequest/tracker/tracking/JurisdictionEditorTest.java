package org.datarequest.tracker.tracking;

import static org.hamcrest.Matchers.containsString;
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
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Html;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.request.DataRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "ed", roles = {"viewer", "editor"})
class JurisdictionEditorTest {

    @Inject
    TestRequests requests;

    private DataRequest request;
    private String editPath;

    @BeforeEach
    void threeFieldsInTexas() {
        request = requests.create(3, List.of("TX"));
        editPath = "/requests/" + request.slug + "/jurisdictions/TX/edit";
    }

    @Test
    void savingRecordsOnlyTheChangedFieldsAndConfirms() {
        CsrfForms.Page page = CsrfForms.open(editPath);
        Map<String, String> form = formOf(page.document());
        form.put("status.f1", "REFUSED");
        form.put("sourceTitle.f1", "Letter from the Secretary of State");
        page.post().formParams(form).when().post(editPath)
                .then().statusCode(303).header("Location", endsWith("/jurisdictions/TX?saved=1"));
        assertEquals(1, changes());
        Document state = Html.get("/requests/" + request.slug + "/jurisdictions/TX?saved=1");
        assertEquals("Saved: 1 change recorded.", state.select(".flash").text());
        assertTrue(state.select("table.fields").text().contains("Letter from the Secretary of State"));
    }

    @Test
    void eachRuleIsReportedNextToItsFieldAndNothingIsWritten() {
        Map<String, String> cases = Map.of(
                "status.f1", "MAYBE",
                "effectiveDate.f2", LocalDate.now().plusDays(2).toString(),
                "effectiveDate.f3", "2020-01-01");
        CsrfForms.Page page = CsrfForms.open(editPath);
        Map<String, String> form = formOf(page.document());
        form.putAll(cases);
        form.put("status.f2", "REFUSED");
        form.put("sourceTitle.f2", "x");
        form.put("status.f3", "WILL_PROVIDE");
        form.put("sourceUrl.f3", "javascript:alert(1)");
        form.put("note.f3", "n".repeat(2001));
        Response answer = page.post().formParams(form).when().post(editPath);
        answer.then().statusCode(422);
        Document shown = Jsoup.parse(answer.body().asString());
        assertEquals("Choose one of the statuses in the list.", shown.select("#status-f1-error").text());
        assertEquals("The effective date cannot be in the future.", shown.select("#effectiveDate-f2-error").text());
        assertTrue(shown.select("#effectiveDate-f3-error").text().startsWith("The effective date cannot be before"));
        assertTrue(shown.select("#sourceUrl-f3-error").text().contains("http:// or https://"));
        assertEquals("At most 2000 characters.", shown.select("#note-f3-error").text());
        assertTrue(shown.select(".error-summary").text().contains("problems to fix"));
        assertEquals("javascript:alert(1)", shown.select("#sourceUrl-f3").val(), "what was typed is kept");
        assertEquals(0, changes());
    }

    @Test
    void aStatusOtherThanNoResponseNeedsASource() {
        CsrfForms.Page page = CsrfForms.open(editPath);
        Map<String, String> form = formOf(page.document());
        form.put("status.f1", "PROVIDED");
        Response answer = page.post().formParams(form).when().post(editPath);
        answer.then().statusCode(422);
        assertTrue(Jsoup.parse(answer.body().asString()).select("#sourceUrl-f1-error").text().startsWith("Cite a source"));
        assertEquals(0, changes());
    }

    @Test
    void twoEditorsFromTheSameVersionGetOneChangeAndOneConflictShowingBothValues() {
        CsrfForms.Page first = CsrfForms.open(editPath);
        CsrfForms.Page second = CsrfForms.open(editPath);
        Map<String, String> mine = formOf(first.document());
        mine.put("status.f1", "REFUSED");
        mine.put("sourceTitle.f1", "First editor's source");
        Map<String, String> theirs = formOf(second.document());
        theirs.put("status.f1", "WILL_PROVIDE");
        theirs.put("note.f1", "Second editor's note");
        theirs.put("sourceTitle.f1", "Second editor's source");
        first.post().formParams(mine).when().post(editPath).then().statusCode(303);
        Response conflict = second.post().formParams(theirs).when().post(editPath);
        conflict.then().statusCode(409);
        Document shown = Jsoup.parse(conflict.body().asString());
        String box = shown.select("#row-f1 .conflict").text();
        assertTrue(box.contains("Refused") && box.contains("First editor's source"), box);
        assertTrue(box.contains("WILL_PROVIDE") && box.contains("Second editor's note"), box);
        assertEquals("Second editor's note", shown.select("#note-f1").text(), "the second editor's typing is kept");
        assertEquals(1, changes());
        // Saving again from the conflict page puts the second editor's value over the first one.
        second.post().formParams(formOf(shown)).when().post(editPath).then().statusCode(303);
        assertEquals(2, changes());
    }

    @Test
    void aBackdatedSaveLeavesTheLaterValueCurrent() {
        CsrfForms.Page page = CsrfForms.open(editPath);
        Map<String, String> form = formOf(page.document());
        form.put("status.f1", "REFUSED");
        form.put("effectiveDate.f1", "2025-03-20");
        form.put("sourceTitle.f1", "Later source");
        page.post().formParams(form).when().post(editPath).then().statusCode(303);
        CsrfForms.Page again = CsrfForms.open(editPath);
        Map<String, String> backdated = formOf(again.document());
        backdated.put("status.f1", "REVIEWING");
        backdated.put("effectiveDate.f1", "2025-03-05");
        backdated.put("sourceTitle.f1", "Earlier source");
        again.post().formParams(backdated).when().post(editPath).then().statusCode(303);
        Document state = Html.get("/requests/" + request.slug + "/jurisdictions/TX");
        assertTrue(state.select("#field-f1").text().contains("Refused"));
        assertTrue(Html.get("/requests/" + request.slug + "/jurisdictions/TX?asOf=2025-03-10")
                .select("#field-f1").text().contains("Reviewing"));
        assertEquals(2, changes());
    }

    @Test
    void aMissingOrForgedCsrfTokenIsRejectedAndNothingIsWritten() {
        CsrfForms.Page page = CsrfForms.open(editPath);
        Map<String, String> form = formOf(page.document());
        form.put("status.f1", "REFUSED");
        form.put("sourceTitle.f1", "x");
        page.postForged().formParams(form).when().post(editPath).then().statusCode(400);
        form.remove(CsrfForms.TOKEN);
        page.postWithoutToken().formParams(form).when().post(editPath).then().statusCode(400);
        assertEquals(0, changes());
    }

    @Test
    void verifyingAllFieldsStampsThemWithoutAChange() {
        CsrfForms.Page page = CsrfForms.open("/requests/" + request.slug + "/jurisdictions/TX");
        page.post().when().post("/requests/" + request.slug + "/jurisdictions/TX/verify")
                .then().statusCode(303).header("Location", containsString("verified=3"));
        Document state = Html.get("/requests/" + request.slug + "/jurisdictions/TX");
        assertEquals(3, state.select("table.fields td:contains(today by ed)").size());
        assertEquals(0, changes());
    }

    /** The form's fields as the page filled them in (what a browser would send untouched). */
    static Map<String, String> formOf(Document page) {
        Map<String, String> values = new HashMap<>();
        // as a browser sends it: an unticked box sends nothing
        page.select("form[method=post][action$=/edit] input:not([type=checkbox]:not([checked])),"
                + " form[method=post][action$=/edit] textarea").forEach(input ->
                values.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.val()));
        page.select("form[method=post][action$=/edit] select").forEach(select ->
                values.put(select.attr("name"), select.select("option[selected]").val()));
        return values;
    }

    private long changes() {
        return QuarkusTransaction.requiringNew().call(() -> CellChange.count("requestId", request.id));
    }
}
