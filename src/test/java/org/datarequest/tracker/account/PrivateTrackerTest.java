package org.datarequest.tracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.datarequest.tracker.Login;
import org.datarequest.tracker.TestAccounts;
import org.junit.jupiter.api.Test;

/** With {@code tracker.public-read=false} (the default) nothing is readable without an account. */
@QuarkusTest
@TestProfile(PrivateTrackerTest.Private.class)
class PrivateTrackerTest {

    public static class Private implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            if (System.getProperty("quarkus.test.profile", "").contains("pg")) {
                return Map.of("tracker.public-read", "false");
            }
            // On H2, a database of its own: the other tests' in-memory database stays as they left it.
            return Map.of("tracker.public-read", "false",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:private-tracker;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }
    }

    @Inject
    TestAccounts accounts;

    @Test
    void anonymousReadersAreSentToTheLoginPage() {
        for (String page : new String[] {"/", "/requests/pacei-2017/matrix", "/requests/pacei-2017/export/long.csv"}) {
            given().redirects().follow(false).when().get(page)
                    .then().statusCode(302).header("Location", containsString("/login"));
        }
        given().when().get("/login").then().statusCode(200);
        given().when().get("/css/tracker.css").then().statusCode(200);
        given().when().get("/q/health").then().statusCode(200);
    }

    @Test
    void anonymousScriptsGetAProblemDetailWithABasicChallenge() {
        given().when().get("/api/requests")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void aViewerReadsPagesAndTheApi() {
        String session = accounts.session("private-viewer", Role.viewer);
        given().cookie(Login.COOKIE, session).when().get("/requests/pacei-2017/matrix").then().statusCode(200);
        given().auth().preemptive().basic("private-viewer", TestAccounts.PASSWORD)
                .when().get("/api/requests").then().statusCode(200);
    }
}
