package org.datarequest.tracker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

import io.restassured.specification.RequestSpecification;

/** Logs in through the real login form (with its CSRF token) and hands back the session cookie. */
public final class Login {

    public static final String COOKIE = "quarkus-credential";
    /** The first admin's password in the test profile (tracker.admin-password). */
    public static final String ADMIN_PASSWORD = "admin-test-password";

    private Login() {
    }

    public static String as(String username, String password) {
        return attempt(username, password)
                .then().statusCode(302).header("Location", endsWith("/"))
                .extract().cookie(COOKIE);
    }

    /** Posts the login form as a browser would after opening the login page; redirects are not followed. */
    public static io.restassured.response.Response attempt(String username, String password) {
        return form().formParam("j_username", username).formParam("j_password", password)
                .when().post("/j_security_check");
    }

    /** The login page's cookie and token, ready for a post to the login form. */
    public static RequestSpecification form() {
        CsrfForms.Page page = CsrfForms.open("/login");
        return page.post();
    }
}
