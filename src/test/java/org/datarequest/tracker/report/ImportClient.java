package org.datarequest.tracker.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.restassured.response.Response;
import java.util.List;
import org.datarequest.tracker.CsrfForms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Drives the import pages as a browser would: the upload form (with its CSRF token), the preview, the apply. */
final class ImportClient {

    /** A preview page as shown, with the CSRF cookie needed to post its apply form. */
    record Preview(Document page, String cookie, String token) {

        List<String> errors() {
            return page.select("table.import-errors tbody tr").stream().map(row -> row.text()).toList();
        }

        int changes() {
            return Integer.parseInt(page.select("ul.import-summary li").get(1).selectFirst("strong").text());
        }

        int unchanged() {
            return Integer.parseInt(page.select("ul.import-summary li").get(2).selectFirst("strong").text());
        }

        boolean canApply() {
            return page.selectFirst("form.apply-import") != null;
        }

        Response apply() {
            String sha = page.selectFirst("form.apply-import input[name=sha256]").val();
            return given().redirects().follow(false).cookie(CsrfForms.TOKEN, cookie)
                    .formParam(CsrfForms.TOKEN, token).formParam("sha256", sha)
                    .when().post(page.selectFirst("form.apply-import").attr("action"));
        }
    }

    private ImportClient() {
    }

    static Preview preview(String slug, String content) {
        return preview(slug, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Preview preview(String slug, byte[] content) {
        CsrfForms.Page form = CsrfForms.open("/requests/" + slug + "/import");
        String body = given().redirects().follow(false).cookie(CsrfForms.TOKEN, form.cookie())
                .multiPart(CsrfForms.TOKEN, form.token())
                .multiPart("file", "cells.csv", content, "text/csv")
                .when().post("/requests/" + slug + "/import")
                .then().statusCode(anyOf(is(200), is(422))).extract().asString();
        return new Preview(Jsoup.parse(body), form.cookie(), form.token());
    }
}
