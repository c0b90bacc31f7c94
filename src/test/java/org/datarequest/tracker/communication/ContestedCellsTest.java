package org.datarequest.tracker.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Html;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.request.DataRequest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** When sources disagree: marking a cell contested, what readers see, and clearing it as a change. */
@QuarkusTest
@TestSecurity(user = "contest-editor", roles = {"viewer", "editor"})
class ContestedCellsTest {

    @Inject
    TestRequests requests;

    private int save(String cell, Map<String, String> fields) {
        CsrfForms.Page page = CsrfForms.open(cell);
        var post = page.post().formParam("version", page.document().select("input[name=version]").val());
        fields.forEach(post::formParam);
        return post.when().post(cell).then().extract().statusCode();
    }

    @Test
    void aContestedCellShowsBothSourcesItsOwnSymbolAndIsCounted() {
        DataRequest request = requests.create(2, List.of("NY", "TX"));
        String cell = "/requests/" + request.slug + "/cells/NY/f1";
        Map<String, String> refused = Map.of("status", "REFUSED", "effectiveDate", "2025-03-05",
                "sourceUrl", "https://example.org/governor", "sourceTitle", "The governor's statement");
        assertEquals(422, save(cell, new java.util.HashMap<>(Map.of("status", "REFUSED", "effectiveDate", "2025-03-05",
                "sourceTitle", "The governor's statement", "contested", "true"))), "contested needs the other source");
        var contested = new java.util.HashMap<>(refused);
        contested.putAll(Map.of("contested", "true", "contestedSourceUrl", "https://example.org/clerk",
                "contestedSourceTitle", "The state election office says it will provide"));
        assertEquals(303, save(cell, contested));

        Document page = Html.get(cell);
        String sources = page.select(".contested-sources").text();
        assertTrue(sources.contains("The governor's statement") && sources.contains("The state election office says"),
                sources);
        Document matrix = Html.get("/requests/" + request.slug + "/matrix");
        assertEquals(1, matrix.select("td.cell.contested").size());
        assertTrue(matrix.select("td.cell.contested .tip").text().contains("contested: sources disagree"));
        assertEquals("1", matrix.select(".contested-count").attr("data-contested"));
        assertTrue(Html.get("/requests/" + request.slug).select(".contested-count").text()
                .contains("1 cell is contested"));

        assertEquals(303, save(cell, refused), "clearing is a change like any other");
        assertTrue(Html.get(cell).select(".contested-sources").isEmpty());
        assertEquals("0", Html.get("/requests/" + request.slug + "/matrix").select(".contested-count")
                .attr("data-contested"));
        List<CellChange> changes = QuarkusTransaction.requiringNew().call(() ->
                CellChange.<CellChange>list("requestId = ?1 order by id", request.id));
        assertEquals(2, changes.size());
        assertTrue(changes.get(0).value.contested());
        assertEquals("https://example.org/clerk", changes.get(0).value.contestedSourceUrl());
        assertTrue(!changes.get(1).value.contested());
        assertTrue(Html.get(cell + "?asOf=2025-03-05").select(".contested-sources").isEmpty(),
                "both changes take effect that day: the later one (cleared) shows");
    }

    @Test
    void anEditorCitesACommunicationAsTheSourceOfASave() {
        DataRequest request = requests.create(2, List.of("NY"));
        String admin = "/admin/requests/" + request.slug + "/communications";
        var add = CsrfForms.open(admin).post();
        String location = add.formParam("kind", "LETTER").formParam("date", "2025-03-04").formParam("jurisdiction", "NY")
                .formParam("title", "Answer of New York").formParam("sourceUrl", "https://example.org/ny-answer")
                .when().post(admin).then().statusCode(303).extract().header("Location");
        String id = location.replaceAll(".*/communications/(\\d+).*", "$1");
        String cell = "/requests/" + request.slug + "/cells/NY/f2";
        Document form = Html.get(cell);
        assertEquals(1, form.select("select#communication option[value=" + id + "]").size());
        assertEquals(303, save(cell, Map.of("status", "PROVIDED", "effectiveDate", "2025-03-04", "communication", id)));
        CellChange change = QuarkusTransaction.requiringNew().call(() ->
                CellChange.<CellChange>find("requestId", request.id).firstResult());
        assertEquals(Long.valueOf(id), change.communicationId);
        assertEquals("https://example.org/ny-answer", change.value.sourceUrl());
        assertTrue(Html.get(cell).select(".cited-communications").text().contains("Answer of New York"));
        assertEquals(400, save(cell, Map.of("status", "PROVIDED", "effectiveDate", "2025-03-04",
                "communication", "999999")));
    }
}
