package org.datarequest.tracker;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Opens a page with a form the way a browser does — keeping the CSRF cookie and the token of the hidden
 * field, and the login cookie when there is one — so a test can then post that form like a person would.
 */
public final class CsrfForms {

    public static final String TOKEN = "csrf-token";

    /** A page as loaded, with the CSRF cookie it set and the token its forms carry. */
    public record Page(Document document, String cookie, String token, String session) {

        /** A form post carrying the cookie and the token (and the session), not following redirects. */
        public RequestSpecification post() {
            return base().formParam(TOKEN, token);
        }

        /** The same post with a token that does not match the cookie. */
        public RequestSpecification postForged() {
            return base().formParam(TOKEN, "forged" + token);
        }

        /** The same post without any token. */
        public RequestSpecification postWithoutToken() {
            return base().formParam("unrelated", "x");
        }

        private RequestSpecification base() {
            RequestSpecification spec = given().redirects().follow(false).cookie(TOKEN, cookie);
            return session == null ? spec : spec.cookie(Login.COOKIE, session);
        }
    }

    private CsrfForms() {
    }

    /** Opens a page anonymously (or as the {@code @TestSecurity} user). */
    public static Page open(String path) {
        return open(path, null);
    }

    /** Opens a page as whoever holds the {@code session} cookie from {@link Login#as}. */
    public static Page open(String path, String session) {
        RequestSpecification spec = given().redirects().follow(false);
        if (session != null) {
            spec = spec.cookie(Login.COOKIE, session);
        }
        Response response = spec.when().get(path);
        response.then().statusCode(200);
        Document document = Jsoup.parse(response.body().asString());
        Element hidden = document.selectFirst("input[name=" + TOKEN + "]");
        String cookie = response.getCookie(TOKEN);
        return new Page(document, cookie, hidden == null ? cookie : hidden.val(), session);
    }
}
