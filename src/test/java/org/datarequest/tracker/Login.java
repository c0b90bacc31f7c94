package org.datarequest.tracker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

/** Logs in through the real login form and hands back the session cookie. */
public final class Login {

    public static final String COOKIE = "quarkus-credential";
    /** The first admin's password in the test profile (tracker.admin-password). */
    public static final String ADMIN_PASSWORD = "admin-test-password";

    private Login() {
    }

    public static String as(String username, String password) {
        return given().redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", password)
                .when().post("/j_security_check")
                .then().statusCode(302).header("Location", endsWith("/"))
                .extract().cookie(COOKIE);
    }
}
