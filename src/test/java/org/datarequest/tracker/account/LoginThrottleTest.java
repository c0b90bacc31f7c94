package org.datarequest.tracker.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Guessing slows the guesser at their address, never the owner elsewhere; counts live in the database. */
@QuarkusTest
class LoginThrottleTest {

    private static final String ATTACKER = "203.0.113.9";
    private static final String OWNER = "198.51.100.7";

    @Inject
    LoginThrottle throttle;

    @Inject
    org.datarequest.tracker.TestAccounts accounts;

    @AfterEach
    void forget() {
        throttle.forget();
    }

    @Test
    void delaysGrowAfterThreeFreeFailuresAndStopGrowingAtFiveMinutes() {
        assertEquals(Duration.ZERO, LoginThrottle.delay(3, LoginThrottle.FREE_PER_ACCOUNT));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.delay(4, LoginThrottle.FREE_PER_ACCOUNT));
        assertEquals(Duration.ofSeconds(2), LoginThrottle.delay(5, LoginThrottle.FREE_PER_ACCOUNT));
        assertEquals(Duration.ofSeconds(64), LoginThrottle.delay(10, LoginThrottle.FREE_PER_ACCOUNT));
        assertEquals(Duration.ofMinutes(5), LoginThrottle.delay(1000, LoginThrottle.FREE_PER_ACCOUNT));
    }

    @Test
    void guessingTheAdminsPasswordFromOneAddressDoesNotDelayTheAdminAtAnother() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("admin", ATTACKER);
        }
        assertTrue(throttle.waitFor("admin", ATTACKER).compareTo(Duration.ofSeconds(30)) > 0);
        assertEquals(Duration.ZERO, throttle.waitFor("admin", OWNER));
        assertEquals(Duration.ZERO, throttle.waitFor("someone-else", ATTACKER));
    }

    @Test
    void manyNamesFromOneAddressDelayThatAddress() {
        for (int i = 0; i <= LoginThrottle.FREE_PER_ADDRESS; i++) {
            throttle.failed("name-" + i, ATTACKER);
        }
        assertTrue(throttle.waitFor("a-name-never-tried", ATTACKER).compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, throttle.waitFor("a-name-never-tried", OWNER));
    }

    @Test
    void theCountsAreRowsInTheDatabaseSoEveryInstanceSeesThem() {
        throttle.failed("admin", ATTACKER);
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> LoginFailures.count()));
    }

    @Test
    void theRightPasswordClearsTheAccountAtThatAddressButNotTheAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin", ATTACKER);
        }
        throttle.succeeded("admin", ATTACKER);
        assertEquals(Duration.ZERO, throttle.waitFor("admin", ATTACKER));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> LoginFailures.count()));
    }

    @Test
    void theCurrentPasswordCheckOnTheAccountPageIsThrottledToo() {
        String session = accounts.session("throttle-own", Role.viewer);
        org.datarequest.tracker.CsrfForms.Page page = org.datarequest.tracker.CsrfForms.open("/account", session);
        for (int i = 0; i < 4; i++) {
            page.post().formParam("current", "wrong-guess").formParam("password", "a-new-long-password")
                    .formParam("confirm", "a-new-long-password").when().post("/account/password").then().statusCode(422);
        }
        String answer = page.post().formParam("current", org.datarequest.tracker.TestAccounts.PASSWORD)
                .formParam("password", "a-new-long-password").formParam("confirm", "a-new-long-password")
                .when().post("/account/password").then().statusCode(422).extract().asString();
        assertTrue(answer.contains("Too many wrong passwords"), answer);
    }
}
