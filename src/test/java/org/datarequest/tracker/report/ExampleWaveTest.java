package org.datarequest.tracker.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Csv;
import org.datarequest.tracker.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Builds the example wave of docs/new-request.md from the files in docs/examples/ (read from the repository at
 * test time, so the walkthrough and this test cannot drift), only through the forms an admin uses, and checks
 * what a reader then sees: the counts, the overdue count, the lawsuits, the map, wide.csv and a past day.
 */
@QuarkusTest
@TestSecurity(user = "wave-admin", roles = {"viewer", "editor", "admin"})
class ExampleWaveTest {

    /** Not the documented slug: other tests create a request of that name. */
    private static final String SLUG = "doj-2025-from-files";
    private static final Path EXAMPLES = Path.of("docs", "examples");

    @Test
    void theExampleWaveBuiltFromItsFilesShowsItsCountsLawsuitsAndPast() throws IOException {
        build();
        String base = "/requests/" + SLUG;

        Document now = Html.get(base);
        assertEquals("6", now.select(".stance-counts .t-REFUSED .count").text());
        assertEquals("1", now.select(".stance-counts .t-PENDING .count").text());
        assertEquals("0", now.select(".stance-counts .t-FULL .count").text());
        assertEquals("1 overdue", now.select("a.overdue-count").text(), "Washington only");
        assertTrue(now.select(".litigation-counts").text().startsWith("sued 4 · dismissed 2 · ordered to provide 0"),
                now.select(".litigation-counts").text());
        assertEquals("Late", mark(now, "Washington"));
        assertEquals("Sued", mark(now, "Maine"));
        assertEquals("Dism.", mark(now, "Oregon"));
        assertEquals("Dism.", mark(now, "California"));
        assertTrue(now.select("svg.tile-map a:has(title:contains(Texas))").isEmpty(), "Texas is not covered");

        List<List<String>> wide = Csv.records(base + "/export/wide.csv");
        assertEquals(List.of("jurisdiction", "jurisdiction_name", "stance", "litigation", "full_name",
                "residential_address", "date_of_birth", "drivers_license_number", "ssn_last4", "list_maintenance"),
                wide.get(0));
        Map<String, List<String>> rows = wide.stream().skip(1).collect(Collectors.toMap(row -> row.get(0), row -> row));
        assertEquals(Set.of("CA", "ME", "MI", "NY", "OR", "PA", "WA"), rows.keySet());
        assertEquals(List.of("REFUSED", "DISMISSED"), rows.get("OR").subList(2, 4));
        assertEquals(List.of("REFUSED", "SUED"), rows.get("MI").subList(2, 4));
        assertEquals(List.of("PENDING", "NONE"), rows.get("WA").subList(2, 4));
        assertEquals("NOT_REQUESTED", rows.get("PA").get(9));
        assertEquals("REFUSED", rows.get("ME").get(9));

        Document before = Html.get(base + "?asOf=2025-09-10");
        assertEquals("0", before.select(".stance-counts .t-REFUSED .count").text());
        assertEquals("7", before.select(".stance-counts .t-PENDING .count").text());
        assertEquals("6 overdue", before.select("a.overdue-count").text(), "all but Washington, not yet due");
        assertTrue(before.select(".litigation-counts").text().startsWith("sued 0 · dismissed 0"),
                before.select(".litigation-counts").text());
        assertEquals("Late", mark(before, "Oregon"));
        assertEquals("", mark(before, "Washington"));
        List<List<String>> wideBefore = Csv.records(base + "/export/wide.csv?asOf=2025-09-10");
        assertTrue(wideBefore.stream().skip(1).allMatch(row -> row.get(2).equals("PENDING") && row.get(3).equals("NONE")),
                wideBefore.toString());

        // the month-precision ruling shows as a month, and the files export back in the formats they came in
        assertTrue(Html.get(base + "/communications").text().contains("January 2026"));
        assertEquals(Csv.parse(read("fields.csv")), Csv.records(base + "/export/fields.csv"));
        assertEquals(1, Html.get("/admin/requests/" + SLUG + "/fields").select("a[href=" + base + "/export/fields.csv]").size());
        assertEquals(Csv.parse(read("coverage.csv")), Csv.records(base + "/export/coverage.csv"));
        assertEquals(Set.copyOf(Csv.parse(read("communications.csv"))),
                Set.copyOf(Csv.records(base + "/export/communications.csv")));
        List<List<String>> cells = Csv.parse(read("cells.csv"));
        assertEquals(cells.size() - 1, Csv.records(base + "/export/changes.csv").size() - 1, "one change per row");
    }

    /** Creates the request and loads every file; returns how many form posts and uploads that took. */
    private static int build() throws IOException {
        int requests = 0;
        Map<String, String> form = requestForm();
        form.put("slug", SLUG);
        CsrfForms.open("/admin/requests/new").post().formParams(form).when().post("/admin/requests")
                .then().statusCode(303);
        requests++;

        upload("/admin/requests/" + SLUG + "/fields", "/admin/requests/" + SLUG + "/fields/upload", "fields.csv")
                .then().statusCode(303);
        requests++;

        List<List<String>> coverage = Csv.parse(read("coverage.csv"));
        Set<String> kept = coverage.stream().skip(1).map(row -> row.get(0)).collect(Collectors.toSet());
        CsrfForms.Page page = CsrfForms.open("/admin/requests/" + SLUG + "/coverage");
        List<String> removed = page.document().select("select#remove option").stream().map(Element::val)
                .filter(code -> !kept.contains(code)).toList();
        assertEquals(44, removed.size());
        page.post().formParam("code", removed.toArray()).when().post("/admin/requests/" + SLUG + "/coverage/remove")
                .then().statusCode(303);
        requests++;
        requests += previewAndApply("/admin/requests/" + SLUG + "/coverage",
                "/admin/requests/" + SLUG + "/coverage/upload", "coverage.csv", "/coverage/apply");
        requests += previewAndApply("/requests/" + SLUG + "/communications/import",
                "/requests/" + SLUG + "/communications/import", "communications.csv", "/communications/import/apply");
        requests += previewAndApply("/requests/" + SLUG + "/import", "/requests/" + SLUG + "/import", "cells.csv",
                "/import/apply");

        for (Map<String, String> change : litigationSteps()) {
            String path = "/requests/" + SLUG + "/jurisdictions/" + change.get("jurisdiction") + "/litigation";
            Map<String, String> values = new LinkedHashMap<>(change);
            values.remove("jurisdiction");
            String location = CsrfForms.open(path).post().formParams(values).when().post(path)
                    .then().statusCode(303).extract().header("Location");
            assertTrue(location.endsWith("saved=1"), change + " " + location);
            requests++;
        }
        return requests;
    }

    /** Uploads a file on its page, then posts the preview's apply form as shown (its hidden and read-only values). */
    private static int previewAndApply(String pagePath, String uploadPath, String file, String applySuffix) {
        Response preview = upload(pagePath, uploadPath, file);
        preview.then().statusCode(200);
        Document shown = Jsoup.parse(preview.asString());
        Element apply = shown.select("form").stream().filter(f -> f.attr("action").endsWith(applySuffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no apply form for " + file + ": " + shown.text()));
        CsrfForms.Page page = CsrfForms.open(pagePath);
        Map<String, String> values = new LinkedHashMap<>();
        apply.select("input[type=hidden], textarea").forEach(input ->
                values.put(input.attr("name"), input.is("textarea") ? input.wholeText() : input.val()));
        values.remove(CsrfForms.TOKEN);
        String location = page.post().formParams(values).when().post(apply.attr("action"))
                .then().statusCode(303).extract().header("Location");
        assertTrue(!location.contains("error"), file + " " + location);
        return 2;
    }

    private static Response upload(String pagePath, String uploadPath, String file) {
        CsrfForms.Page page = CsrfForms.open(pagePath);
        return given().redirects().follow(false).cookie(CsrfForms.TOKEN, page.cookie())
                .multiPart(CsrfForms.TOKEN, page.token())
                .multiPart("file", file, read(file).getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post(uploadPath).then().statusCode(anyOf(is(200), is(303))).extract().response();
    }

    /** The text mark on a jurisdiction's tile ("Late", "Sued", "Dism."), or empty. */
    private static String mark(Document page, String name) {
        return page.select("svg.tile-map a:has(title:contains(" + name + ")) text.tile-mark").text();
    }

    /** The form values listed in docs/examples/request.md as "- `name`: value". */
    static Map<String, String> requestForm() {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher item = Pattern.compile("(?m)^- `(\\w+)`:[ \\t]*`?([^`\\n]*?)`?[ \\t]*$").matcher(read("request.md"));
        while (item.find()) {
            values.put(item.group(1), item.group(2));
        }
        assertEquals(Set.of("slug", "title", "requester", "sentOn", "deadline", "description", "sourceUrl",
                "sourceTitle"), values.keySet());
        assertEquals("doj-2025", values.get("slug"));
        return values;
    }

    /** The rows of the litigation table in docs/new-request.md, as the litigation form's values. */
    static List<Map<String, String>> litigationSteps() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs", "new-request.md"), StandardCharsets.UTF_8);
        List<Map<String, String>> steps = new ArrayList<>();
        List<String> header = null;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                header = null;
                continue;
            }
            List<String> cells = java.util.Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1))
                    .map(String::strip).toList();
            if (header == null) {
                header = cells;
            } else if (header.contains("effectiveDate") && !cells.get(0).startsWith("---")) {
                Map<String, String> step = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    step.put(header.get(i), cells.get(i));
                }
                steps.add(step);
            }
        }
        assertEquals(8, steps.size());
        return steps;
    }

    private static String read(String file) {
        try {
            return Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
