package org.datarequest.tracker.catalogue;

import static io.restassured.RestAssured.given;
import static org.datarequest.tracker.catalogue.CatalogueRun.utf8;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.datarequest.tracker.catalogue.CatalogueRun.Case;

/** The cases of the bad-input catalogue, by where the bad input goes in. */
final class CatalogueCases {

    private static final String NUL = "\u0000";
    private static final String HUGE_DATE = "+999999999-12-31";

    private CatalogueCases() {
    }

    private static Case get(String category, String name, String path, String expected) {
        return new Case(category, name, () -> given().redirects().follow(false).when().get(path), expected);
    }

    /** The address sent exactly as written, percent-escapes and all. */
    private static Case raw(String category, String name, String path, String expected) {
        return new Case(category, name, () -> given().redirects().follow(false).urlEncodingEnabled(false)
                .when().get(path), expected);
    }

    static List<Case> queryParameters(String slug) {
        String base = "/requests/" + slug;
        String api = "/api/requests/" + slug;
        String q = "query parameter";
        return List.of(
                get(q, "unknown status in the matrix", base + "/matrix?status=BOGUS", "\u201cstatus\u201d"),
                get(q, "unknown stance", base + "/matrix?stance=MAYBE", "\u201cstance\u201d"),
                get(q, "unknown region", base + "/matrix?region=Atlantis", "\u201cregion\u201d"),
                get(q, "unknown sensitivity", base + "/matrix?sensitivity=SECRET", "\u201csensitivity\u201d"),
                get(q, "search text of 300 characters", base + "/matrix?q=" + "x".repeat(300), "at most"),
                raw(q, "search text with a NUL", base + "/matrix?q=a%00b", "control characters"),
                raw(q, "search text with an escape character", base + "/matrix?q=a%1Bb", "control characters"),
                get(q, "impossible as-of day", base + "?asOf=2017-13-45", "\u201casOf\u201d"),
                get(q, "as-of at the end of time", base + "?asOf=" + HUGE_DATE, "1900 and 2200"),
                get(q, "as-of at the start of time", base + "?asOf=-999999999-01-01", "1900 and 2200"),
                get(q, "as-of in 1899", base + "/matrix?asOf=1899-12-31", "1900 and 2200"),
                get(q, "as-of in 2201", base + "/matrix?asOf=2201-01-01", "1900 and 2200"),
                get(q, "as-of that is not a date on a cell page", base + "/cells/NY/f1?asOf=yesterday", "\u201casOf\u201d"),
                get(q, "as-of before 4713 BC on a jurisdiction page", base + "/jurisdictions/NY?asOf=-5000-01-01",
                        "1900 and 2200"),
                get(q, "history from the end of time", base + "/changes?from=" + HUGE_DATE, "1900 and 2200"),
                get(q, "history to year zero", base + "/changes?to=0000-01-01", "1900 and 2200"),
                get(q, "history page zero", base + "/changes?page=0", "\u201cpage\u201d"),
                get(q, "history page not a number", base + "/changes?page=two", "\u201cpage\u201d"),
                get(q, "history unknown status", base + "/changes?status=MAYBE", "\u201cstatus\u201d"),
                get(q, "API changes to 30 February", api + "/changes?to=2025-02-30", "\"parameter\":\"to\""),
                get(q, "wide export as of the end of time", base + "/export/wide.csv?asOf=" + HUGE_DATE, "1900 and 2200"),
                get(q, "long export with an unknown status", base + "/export/long.csv?status=BOGUS", "\u201cstatus\u201d"),
                get(q, "change export from year 99999", base + "/export/changes.csv?from=1850-01-01", "1900 and 2200"),
                get(q, "API cells as of the end of time", api + "/cells?asOf=" + HUGE_DATE, "1900 and 2200"),
                get(q, "API cells with an unknown status", api + "/cells?status=NOPE", "\"parameter\":\"status\""),
                get(q, "API changes from a word", api + "/changes?from=garbage", "\"parameter\":\"from\""),
                get(q, "API changes to 4714 BC", api + "/changes?to=-4714-01-01", "1900 and 2200"),
                get(q, "API stances as of 30 February", api + "/stances?asOf=2017-02-30", "\"parameter\":\"asOf\""),
                get(q, "API changes page size of a million", api + "/changes?size=1000000", "\"parameter\":\"size\""));
    }

    static List<Case> paths(String slug, Supplier<RequestSpecification> editor, Supplier<RequestSpecification> viewer) {
        String base = "/requests/" + slug;
        String p = "path";
        return List.of(
                get(p, "unknown request", "/requests/no-such-request", "There is no request"),
                get(p, "unknown jurisdiction", base + "/jurisdictions/ZZ", "jurisdiction"),
                get(p, "jurisdiction not covered", base + "/jurisdictions/CA", "in this request"),
                get(p, "unknown field", base + "/cells/NY/no_such_field", "no_such_field"),
                get(p, "a cell address cut short", base + "/cells/NY", "nothing at this address"),
                raw(p, "a NUL in the slug", "/requests/a%00b/matrix", "There is no request"),
                get(p, "a path of 2000 characters", "/requests/" + "x".repeat(2000), "There is no request"),
                new Case(p, "favicon for a signed-in user", () -> editor.get().when().get("/favicon.ico"),
                        "nothing at this address"),
                new Case(p, "robots.txt for a signed-in user", () -> editor.get().when().get("/robots.txt"),
                        "nothing at this address"),
                new Case(p, "an unknown /q address for a signed-in user", () -> editor.get().when().get("/q/nothing"),
                        "nothing at this address"),
                new Case(p, "an unknown page for a signed-in user", () -> editor.get().when().get("/no/such/page"),
                        "nothing at this address"),
                new Case(p, "a viewer opening a jurisdiction editor",
                        () -> viewer.get().when().get(base + "/jurisdictions/NY/edit"), "This page is for editors"),
                new Case(p, "a viewer opening the bulk editor", () -> viewer.get().when().get(base + "/bulk"),
                        "This page is for editors"),
                new Case(p, "a viewer opening the import", () -> viewer.get().when().get(base + "/import"),
                        "This page is for editors"),
                new Case(p, "an editor opening the accounts", () -> editor.get().when().get("/admin/accounts"),
                        "This page is for admins"),
                new Case(p, "a POST to a page that only reads", () -> editor.get().contentType("application/x-www-form-urlencoded")
                        .formParam("x", "y").when().post(base + "/matrix"), "does not answer that method"),
                get(p, "unknown API request", "/api/requests/no-such-request", "There is no request"),
                get(p, "unknown API cell", "/api/requests/" + slug + "/cells/ZZ/f1", "\"status\":404"),
                get(p, "unknown API address", "/api/nothing-here", "\"status\":404"),
                raw(p, "a NUL in an API field key", "/api/requests/" + slug + "/cells/NY/f%001", "\"status\":404"),
                raw(p, "a NUL in an API jurisdiction", "/api/requests/" + slug + "/cells/N%00/f1", "\"status\":404"),
                new Case(p, "a wrong Basic password", () -> given().auth().preemptive().basic("catalogue-api", "wrong")
                        .when().get("/api/requests/" + slug + "/cells"), "\"status\":401"),
                new Case(p, "a Basic user that does not exist", () -> given().auth().preemptive()
                        .basic("nobody-at-all", "wrong").when().get("/api/requests"), "\"status\":401"));
    }

    static List<Case> forms(String slug, Supplier<RequestSpecification> editor, Supplier<RequestSpecification> admin,
                            Supplier<RequestSpecification> viewer, long someAccount) {
        String base = "/requests/" + slug;
        String cell = base + "/cells/NY/f1";
        String f = "form";
        return List.of(
                cellForm(f, "an unknown status", editor, cell, "status", "BOGUS", "Choose one of the statuses"),
                cellForm(f, "30 February", editor, cell, "effectiveDate", "2025-02-30", "not a real date"),
                cellForm(f, "a date in the future", editor, cell, "effectiveDate", "2199-01-01", "future"),
                cellForm(f, "a date before the request", editor, cell, "effectiveDate", "2000-01-01", "before the request"),
                cellForm(f, "a six-digit year", editor, cell, "effectiveDate", "+99999-01-01", "YYYY-MM-DD"),
                cellForm(f, "a NUL in the note", editor, cell, "note", "a" + NUL + "b", "control characters"),
                cellForm(f, "a control character in the source address", editor, cell, "sourceUrl",
                        "https://example.org/\u0001", "control characters"),
                cellForm(f, "a note of 2001 characters", editor, cell, "note", "n".repeat(2001), "At most 2000"),
                cellForm(f, "a javascript: source", editor, cell, "sourceUrl", "javascript:alert(1)", "http://"),
                new Case(f, "a refusal without a source", () -> editor.get().formParam("status", "REFUSED")
                        .formParam("effectiveDate", "2025-03-02").formParam("version", "0").when().post(cell),
                        "Cite a source"),
                cellForm(f, "a version of 0.5", editor, cell, "version", "0.5", "\u201cversion\u201d"),
                cellForm(f, "a version that is a word", editor, cell, "version", "latest", "\u201cversion\u201d"),
                new Case(f, "saving a cell of a retired field", () -> editor.get().formParam("status", "REFUSED")
                        .formParam("effectiveDate", "2025-03-02").formParam("sourceTitle", "Letter")
                        .formParam("version", "0").when().post(base + "/cells/NY/f3"), "retired"),
                new Case(f, "an unknown status in the jurisdiction editor", () -> editor.get()
                        .formParam("status.f1", "BOGUS").formParam("version.f1", "0")
                        .when().post(base + "/jurisdictions/NY/edit"), "Choose one of the statuses"),
                new Case(f, "a NUL in a legal basis in the jurisdiction editor", () -> editor.get()
                        .formParam("status.f1", "REFUSED").formParam("legalBasis.f1", NUL)
                        .formParam("sourceTitle.f1", "Letter").formParam("effectiveDate.f1", "2025-03-02")
                        .formParam("version.f1", "0").when().post(base + "/jurisdictions/NY/edit"), "control characters"),
                new Case(f, "a bulk edit with a NUL in its note", () -> editor.get().formParam("action", "preview")
                        .formParam("jurisdiction", "NY").formParam("field", "f1").formParam("status", "REFUSED")
                        .formParam("effectiveDate", "2025-03-02").formParam("sourceTitle", "Letter")
                        .formParam("note", NUL).when().post(base + "/bulk"), "control characters"),
                new Case(f, "a bulk edit with an unknown status", () -> editor.get().formParam("action", "preview")
                        .formParam("jurisdiction", "NY").formParam("field", "f1").formParam("status", "BOGUS")
                        .formParam("sourceTitle", "Letter").when().post(base + "/bulk"), "Choose one of the statuses"),
                timeline(f, "an event at the end of time", admin, slug, "date", HUGE_DATE, "YYYY-MM-DD"),
                timeline(f, "an event before 4713 BC", admin, slug, "date", "-5000-01-01", "YYYY-MM-DD"),
                timeline(f, "an event in the year 0", admin, slug, "date", "0000-01-01", "1900 and 2200"),
                timeline(f, "a month for a day", admin, slug, "date", "2025-13", "YYYY-MM-DD"),
                timeline(f, "an unknown precision", admin, slug, "precision", "WEEK", "day, month or year"),
                timeline(f, "a NUL in a quote", admin, slug, "quote", "said" + NUL, "control characters"),
                timeline(f, "an unknown kind", admin, slug, "kind", "RUMOUR", "Choose one of the kinds"),
                timeline(f, "a blank title", admin, slug, "title", " ", "Enter a title"),
                timeline(f, "a quote of 4001 characters", admin, slug, "quote", "q".repeat(4001), "at most 4000"),
                requestForm(f, "a request sent before 4713 BC", admin, "sentOn", "-5000-01-01", "1900 and 2200"),
                requestForm(f, "a slug with spaces", admin, "slug", "Bad Slug", "lowercase letters"),
                requestForm(f, "a NUL in a title", admin, "title", "T" + NUL, "control characters"),
                requestForm(f, "a deadline in year 99999", admin, "deadline", "+99999-01-01", "1900 and 2200"),
                new Case(f, "a NUL in a field label", () -> admin.get().formParam("key", "nul_label")
                        .formParam("label", "L" + NUL).formParam("wording", "w").formParam("sensitivity", "PUBLIC")
                        .when().post("/admin/requests/" + slug + "/fields"), "control characters"),
                new Case(f, "a field key with capitals", () -> admin.get().formParam("key", "Bad Key")
                        .formParam("label", "L").formParam("wording", "w").formParam("sensitivity", "PUBLIC")
                        .when().post("/admin/requests/" + slug + "/fields"), "snake_case"),
                new Case(f, "retiring with retired=maybe", () -> admin.get().formParam("retired", "maybe")
                        .when().post("/admin/requests/" + slug + "/fields/f1/retire"), "\u201cretired\u201d"),
                new Case(f, "archiving with archived=1", () -> admin.get().formParam("archived", "1")
                        .when().post("/admin/requests/" + slug + "/archive"), "\u201carchived\u201d"),
                new Case(f, "an account name with capitals", () -> admin.get().formParam("username", "Bad Name!")
                        .formParam("role", "viewer").formParam("password", "long-enough-password")
                        .when().post("/admin/accounts"), "lowercase letters"),
                new Case(f, "enabled=yes", () -> admin.get().formParam("enabled", "yes")
                        .when().post("/admin/accounts/" + someAccount + "/enabled"), "\u201cenabled\u201d"),
                new Case(f, "a role that does not exist", () -> admin.get().formParam("role", "superuser")
                        .when().post("/admin/accounts/" + someAccount + "/role"), "\u201crole\u201d"),
                new Case(f, "a wrong current password", () -> viewer.get().formParam("current", "not-it")
                        .formParam("password", "a-new-long-password").formParam("confirm", "a-new-long-password")
                        .when().post("/account/password"), "not right"),
                new Case(f, "a deadline at the end of time in coverage", () -> admin.get().formParam("code", "NY")
                        .formParam("deadline", HUGE_DATE).when().post("/admin/requests/" + slug + "/coverage/deadlines"),
                        "1900 and 2200"),
                new Case(f, "a NUL in a jurisdiction code to cover", () -> admin.get().formParam("add", "N" + NUL)
                        .when().post("/admin/requests/" + slug + "/coverage/add"), "There is no jurisdiction"),
                new Case(f, "a NUL in the request to copy fields from", () -> admin.get().formParam("source", "a" + NUL)
                        .when().post("/admin/requests/" + slug + "/fields/copy"), "Choose the request"),
                timeline(f, "a NUL in a communication's jurisdiction", admin, slug, "jurisdiction", "N" + NUL,
                        "control characters"),
                get(f, "a reversed date range on the history form", base + "/changes?from=2025-03-10&to=2025-03-01",
                        "was not used"));
    }

    private static Case cellForm(String category, String name, Supplier<RequestSpecification> editor, String path,
                                 String input, String value, String expected) {
        return new Case(category, name, () -> {
            RequestSpecification spec = editor.get();
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(java.util.Map.of("status", "REFUSED",
                    "effectiveDate", "2025-03-02", "sourceTitle", "Letter of 2 March", "version", "0"));
            fields.put(input, value);
            fields.forEach(spec::formParam);
            return spec.when().post(path);
        }, expected);
    }

    private static Case timeline(String category, String name, Supplier<RequestSpecification> admin, String slug,
                                 String input, String value, String expected) {
        return new Case(category, name, () -> {
            RequestSpecification spec = admin.get();
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(java.util.Map.of("kind", "STATEMENT",
                    "date", "2025-03-02", "title", "A statement"));
            fields.put(input, value);
            fields.forEach(spec::formParam);
            return spec.when().post("/admin/requests/" + slug + "/communications");
        }, expected);
    }

    private static Case requestForm(String category, String name, Supplier<RequestSpecification> admin,
                                    String input, String value, String expected) {
        return new Case(category, name, () -> {
            RequestSpecification spec = admin.get();
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(java.util.Map.of("slug",
                    "catalogue-request", "title", "A request", "requester", "Someone", "sentOn", "2025-03-01",
                    "deadline", "2025-04-01"));
            fields.put(input, value);
            fields.forEach(spec::formParam);
            return spec.when().post("/admin/requests");
        }, expected);
    }

    static List<Case> apiBodies(String slug, Supplier<RequestSpecification> api, Supplier<RequestSpecification> viewer) {
        String cells = "/api/requests/" + slug + "/cells";
        String one = cells + "/NY/f1";
        String a = "API body";
        String good = "\"status\":\"REFUSED\",\"effectiveDate\":\"2025-03-02\",\"sourceTitle\":\"Letter\"";
        return List.of(
                new Case(a, "malformed JSON", () -> api.get().body("{\"status\":").when().put(one), "\"status\":400"),
                new Case(a, "a JSON array instead of an object", () -> api.get().body("[1,2]").when().put(one),
                        "\"status\":400"),
                new Case(a, "an unknown status", () -> api.get().body("{\"status\":\"BOGUS\",\"version\":0}")
                        .when().put(one), "Choose one of the statuses"),
                new Case(a, "a version of 0.5", () -> api.get().body("{" + good + ",\"version\":0.5}").when().put(one),
                        "\"status\":400"),
                new Case(a, "a version that is a word", () -> api.get().body("{" + good + ",\"version\":\"latest\"}")
                        .when().put(one), "\"status\":400"),
                new Case(a, "no version", () -> api.get().body("{" + good + "}").when().put(one), "version"),
                new Case(a, "a version beyond a long", () -> api.get().body("{" + good + ",\"version\":1e400}")
                        .when().put(one), "\"status\":400"),
                new Case(a, "a NUL in the note", () -> api.get().body("{" + good + ",\"note\":\"a\\u0000b\",\"version\":0}")
                        .when().put(one), "control characters"),
                new Case(a, "an effective date at the end of time", () -> api.get()
                        .body("{\"status\":\"REFUSED\",\"effectiveDate\":\"" + HUGE_DATE
                                + "\",\"sourceTitle\":\"L\",\"version\":0}").when().put(one), "YYYY-MM-DD"),
                new Case(a, "a batch without items", () -> api.get().body("{\"items\":[]}").when().post(cells),
                        "at least one cell"),
                new Case(a, "a batch with a null item", () -> api.get().body("{\"items\":[null]}").when().post(cells),
                        "empty"),
                new Case(a, "a batch setting one cell twice", () -> api.get().body("{\"items\":["
                        + "{\"jurisdiction\":\"NY\",\"field\":\"f1\"," + good + ",\"version\":0},"
                        + "{\"jurisdiction\":\"NY\",\"field\":\"f1\",\"status\":\"WILL_PROVIDE\",\"effectiveDate\":"
                        + "\"2025-03-02\",\"sourceTitle\":\"Letter\",\"version\":0}]}").when().post(cells),
                        "set each cell once"),
                new Case(a, "a batch naming an uncovered jurisdiction", () -> api.get().body("{\"items\":["
                        + "{\"jurisdiction\":\"CA\",\"field\":\"f1\"," + good + ",\"version\":0}]}").when().post(cells),
                        "There is no cell"),
                new Case(a, "a batch item without a field", () -> api.get().body("{\"items\":["
                        + "{\"jurisdiction\":\"NY\"," + good + ",\"version\":0}]}").when().post(cells),
                        "Name the field"),
                new Case(a, "a NUL in a batch item's field key", () -> api.get().body("{\"items\":["
                        + "{\"jurisdiction\":\"NY\",\"field\":\"f\\u00001\"," + good + ",\"version\":0}]}")
                        .when().post(cells), "control characters"),
                new Case(a, "a NUL in a batch item's jurisdiction", () -> api.get().body("{\"items\":["
                        + "{\"jurisdiction\":\"N\\u0000\",\"field\":\"f1\"," + good + ",\"version\":0}]}")
                        .when().post(cells), "control characters"),
                new Case(a, "a cell of a retired field", () -> api.get().body("{" + good + ",\"version\":0}")
                        .when().put(cells + "/NY/f3"), "retired"),
                new Case(a, "a timeline entry at the end of time", () -> api.get()
                        .body("{\"kind\":\"STATEMENT\",\"occurredOn\":\"" + HUGE_DATE + "\",\"summary\":\"s\"}")
                        .when().post("/api/requests/" + slug + "/timeline"), "YYYY-MM-DD"),
                new Case(a, "a communication in the year 0", () -> api.get()
                        .body("{\"kind\":\"STATEMENT\",\"date\":\"0000\",\"precision\":\"YEAR\",\"title\":\"s\"}")
                        .when().post("/api/requests/" + slug + "/communications"), "1900 and 2200"),
                new Case(a, "a document for the communication of another request", () -> api.get().contentType("application/pdf")
                        .body("%PDF-1.4 x".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .when().put("/api/requests/" + slug + "/communications/1/document?fileName=x.pdf"),
                        "404"),
                new Case(a, "plain text instead of JSON", () -> api.get().contentType("text/plain").body("status=REFUSED")
                        .when().put(one), "\"status\":415"),
                new Case(a, "a viewer writing", () -> viewer.get().body("{" + good + ",\"version\":0}").when().put(one),
                        "\"status\":403"));
    }

    static List<Case> csvImports(String slug, Function<byte[], Response> upload) {
        String c = "CSV import";
        String header = "jurisdiction,field,status,effective_date,note,source_title\n";
        return List.of(
                new Case(c, "an empty file", () -> upload.apply(new byte[0]), "The file is empty"),
                new Case(c, "a Windows-1252 file", () -> upload.apply(new byte[] {'j', (byte) 0xE9, '\n'}),
                        "not UTF-8"),
                new Case(c, "no status column", () -> upload.apply(utf8("jurisdiction,field\nNY,f1\n")), "status"),
                new Case(c, "an unknown status", () -> upload.apply(utf8(header + "NY,f1,BOGUS,2025-03-02,,Letter\n")),
                        "is not a status"),
                new Case(c, "30 February", () -> upload.apply(utf8(header + "NY,f1,REFUSED,2025-02-30,,Letter\n")),
                        "not a real date"),
                new Case(c, "a NUL in a note", () -> upload.apply(utf8(header + "NY,f1,REFUSED,2025-03-02,a" + NUL
                        + "b,Letter\n")), "control characters"),
                new Case(c, "the same cell twice", () -> upload.apply(utf8(header + "NY,f1,REFUSED,2025-03-02,,Letter\n"
                        + "NY,f1,WILL_PROVIDE,2025-03-02,,Letter\n")), "already sets"),
                new Case(c, "an uncovered jurisdiction", () -> upload.apply(utf8(header
                        + "CA,f1,REFUSED,2025-03-02,,Letter\n")), "CA"),
                new Case(c, "a six-digit year", () -> upload.apply(utf8(header + "NY,f1,REFUSED,+99999-01-01,,Letter\n")),
                        "YYYY-MM-DD"),
                new Case(c, "a retired field", () -> upload.apply(utf8(header + "NY,f3,REFUSED,2025-03-02,,Letter\n")),
                        "f3"),
                new Case(c, "a header only", () -> upload.apply(utf8(header)), "no"),
                new Case(c, "no file at all", () -> upload.apply(null), "Choose a CSV file"));
    }
}
