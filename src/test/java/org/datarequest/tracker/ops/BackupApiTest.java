package org.datarequest.tracker.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.datarequest.tracker.Login;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.account.Role;
import org.junit.jupiter.api.Test;

/** The online H2 backup behind POST /api/backups; scripts/backup-check.sh restores one taken during writes. */
@QuarkusTest
class BackupApiTest {

    @Inject
    TestAccounts accounts;

    @Test
    void withoutAnH2FileTheAnswerSaysWhyAndWhatToUseInstead() {
        // the suite runs on an in-memory H2 database or on PostgreSQL; backup-check.sh backs up a real file
        Response response = given().auth().preemptive().basic("admin", Login.ADMIN_PASSWORD)
                .contentType("application/json").body("{}").post("/api/backups");
        response.then().statusCode(409).contentType("application/problem+json");
        String detail = response.jsonPath().getString("detail");
        assertTrue(detail.contains("pg_dump") || detail.contains("in memory"), detail);
    }

    @Test
    void onlyAdminsMayBackUp() {
        accounts.ensure("backup-editor", Role.editor);
        given().auth().preemptive().basic("backup-editor", TestAccounts.PASSWORD)
                .contentType("application/json").body("{}").post("/api/backups")
                .then().statusCode(403);
        given().contentType("application/json").body("{}").post("/api/backups").then().statusCode(401);
    }
}
