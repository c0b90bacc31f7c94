package org.datarequest.tracker;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Opens a page with a form the way a browser does — keeping the CSRF cookie and the token of the hidden
 * field — so a test can then post that form like a person would.
 */
public final class CsrfForms {

    public static final String TOKEN = "csrf-token";

    /** A page as loaded, with the CSRF cookie it set and the token its forms carry. */
    public record Page(Document document, String cookie, String token) {

        /** A form post carrying the cookie and the token, not following redirects. */
        public RequestSpecification post() {
            return given().redirects().follow(false).cookie(TOKEN, cookie).formParam(TOKEN, token);
        }

        /** The same post with a token that does not match the cookie. */
        public RequestSpecification postForged() {
            return given().redirects().follow(false).cookie(TOKEN, cookie).formParam(TOKEN, "forged" + token);
        }

        /** The same post without any token. */
        public RequestSpecification postWithoutToken() {
            return given().redirects().follow(false).cookie(TOKEN, cookie);
        }
    }

    private CsrfForms() {
    }

    public static Page open(String path) {
        Response response = given().redirects().follow(false).when().get(path);
        response.then().statusCode(200);
        Document document = Jsoup.parse(response.body().asString());
        Element hidden = document.selectFirst("input[name=" + TOKEN + "]");
        String cookie = response.getCookie(TOKEN);
        return new Page(document, cookie, hidden == null ? cookie : hidden.val());
    }
}
