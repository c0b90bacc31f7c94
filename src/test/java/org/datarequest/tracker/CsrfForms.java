package org.datarequest.tracker;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Posts forms the way a browser does: first GET the page that holds the form, to receive the CSRF cookie
 * and the hidden field, then POST both with the form's values. Redirects are not followed.
 */
public final class CsrfForms {

    public static final String FIELD = "csrf-token";

    /** The CSRF cookie and hidden value a page hands out. */
    public record Token(String cookie, String field) {
    }

    private CsrfForms() {
    }

    public static Token token(String pagePath) {
        Response page = given().redirects().follow(false).when().get(pagePath);
        if (page.statusCode() != 200) {
            throw new AssertionError("GET " + pagePath + " answered " + page.statusCode());
        }
        Element input = Jsoup.parse(page.body().asString()).selectFirst("input[name=" + FIELD + "]");
        if (input == null) {
            throw new AssertionError("no CSRF field on " + pagePath);
        }
        return new Token(page.cookie(FIELD), input.attr("value"));
    }

    /** GETs {@code pagePath}, then POSTs {@code values} with its token to {@code action}. */
    public static Response post(String pagePath, String action, Map<String, ?> values) {
        return with(token(pagePath)).formParams(values).when().post(action);
    }

    /** A request carrying the token's cookie and field; add the form's values and post it. */
    public static RequestSpecification with(Token token) {
        return given().redirects().follow(false).cookie(FIELD, token.cookie()).formParam(FIELD, token.field());
    }
}
