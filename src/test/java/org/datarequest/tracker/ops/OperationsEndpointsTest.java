package org.datarequest.tracker.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.datarequest.tracker.Login;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.request.DataRequest;
import org.junit.jupiter.api.Test;

/** What an operator reads: metrics, health, and the app's behaviour behind a TLS-terminating proxy. */
@QuarkusTest
class OperationsEndpointsTest {

    @Inject
    TestRequests requests;

    @Test
    void metricsCountACommittedChangeAndTimeRoutesByTemplate() {
        DataRequest request = requests.create(1, List.of("TX"));
        double before = counter("tracker_changes_recorded_total");
        given().auth().preemptive().basic("admin", Login.ADMIN_PASSWORD).contentType("application/json")
                .body("{\"status\":\"REFUSED\",\"effectiveDate\":\"2025-03-05\",\"sourceTitle\":\"metrics test\",\"version\":0}")
                .put("/api/requests/" + request.slug + "/cells/TX/f1").then().statusCode(200);
        given().get("/requests/" + request.slug + "/matrix").then().statusCode(200);
        String metrics = metrics();
        assertEquals(before + 1, counter("tracker_changes_recorded_total"), 0.001);
        assertTrue(metrics.contains("uri=\"/requests/{slug}/matrix\""), "route template in the HTTP timings");
        assertTrue(metrics.contains("agroal_"), "connection pool metrics");
        assertTrue(metrics.contains("jvm_memory_used_bytes"), "JVM metrics");
        assertTrue(metrics.contains("tracker_imports_applied_total"));
        assertTrue(metrics.contains("tracker_documents_stored_total"));
    }

    @Test
    void aChangeRefusedAsAConflictIsNotCounted() {
        DataRequest request = requests.create(1, List.of("TX"));
        double before = counter("tracker_changes_recorded_total");
        given().auth().preemptive().basic("admin", Login.ADMIN_PASSWORD).contentType("application/json")
                .body("{\"status\":\"REFUSED\",\"effectiveDate\":\"2025-03-05\",\"sourceTitle\":\"metrics test\",\"version\":7}")
                .put("/api/requests/" + request.slug + "/cells/TX/f1").then().statusCode(409);
        assertEquals(before, counter("tracker_changes_recorded_total"), 0.001);
    }

    @Test
    void aWrongPasswordIsCountedAsAFailedLogin() {
        double before = counter("tracker_logins_failed_total{reason=\"credentials\"");
        Login.attempt("nobody-metrics", "wrong password");
        assertEquals(before + 1, counter("tracker_logins_failed_total{reason=\"credentials\""), 0.001);
    }

    @Test
    void readinessSaysTheMigrationsAreAppliedAndLivenessAnswers() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Database migrations' }.status", is("UP"))
                .body("checks.find { it.name == 'Database migrations' }.data.pending", is(0));
        given().get("/q/health/live").then().statusCode(200).body(containsString("UP"));
    }

    @Test
    void behindATlsProxyTheLoginCookieIsSecure() {
        String plain = loginCookieHeader(Login.form());
        String proxied = loginCookieHeader(Login.form().header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.9"));
        assertFalse(plain.contains("Secure"), plain);
        assertTrue(proxied.contains("Secure"), proxied);
        assertTrue(proxied.toLowerCase(java.util.Locale.ROOT).contains("httponly"), proxied);
    }

    @Test
    void forwardedHeadersCannotChooseTheAddressesInTheFeed() {
        // absolute addresses come from tracker.base-url (scripts/two-instances.sh sets it to the proxy's https
        // address and checks the feed through nginx); a forwarded or Host header never names them
        DataRequest request = requests.create(1, List.of("TX"));
        String feed = given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example.org")
                .get("/requests/" + request.slug + "/changes.atom").then().statusCode(200).extract().asString();
        assertTrue(feed.contains("/requests/" + request.slug + "/changes"), feed);
        assertFalse(feed.contains("evil.example.org"), feed);
    }

    private static String loginCookieHeader(io.restassured.specification.RequestSpecification spec) {
        Response response = spec.redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", Login.ADMIN_PASSWORD).post("/j_security_check");
        assertEquals(302, response.statusCode());
        return response.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Login.COOKIE + "=")).findFirst().orElseThrow();
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the first sample whose line starts with {@code name} (a metric name, maybe with labels). */
    private static double counter(String name) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "[^ ]* ([0-9.E+-]+)$").matcher(metrics());
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }
}
