package org.datarequest.tracker.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.datarequest.tracker.Login;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.cell.CellEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The copy to a new database, here into an empty in-memory H2 database (from H2 in the H2 pass, from PostgreSQL
 * in the PostgreSQL pass). scripts/move-check.sh moves a file database to PostgreSQL and compares the exports.
 */
@QuarkusTest
class DatabaseCopyTest {

    @Inject
    DatabaseCopy copy;

    @Inject
    TestRequests requests;

    @Inject
    CellEditor editor;

    @Inject
    DataSource source;

    private final List<Path> targets = new ArrayList<>();

    @Test
    void copiesEveryTableWithHistoryAndVerifiesRowsAndChecksums() throws Exception {
        DataRequest request = withHistory();
        String target = emptyDatabase();
        DatabaseCopy.Report report = copy.copyTo(target, "sa", "", quiet());
        assertFalse(report.refused(), report.message());
        assertTrue(report.verified(), report.tables().toString());
        List<String> copied = report.tables().stream().map(DatabaseCopy.TableResult::table).toList();
        assertTrue(copied.containsAll(List.of("account", "data_request", "requested_field", "coverage", "response",
                "cell_change", "communication", "communication_revision", "jurisdiction")), copied.toString());
        assertTrue(copied.indexOf("data_request") < copied.indexOf("response")
                && copied.indexOf("response") < copied.indexOf("cell_change"), "parents before children: " + copied);
        try (Connection from = source.getConnection(); Connection to = DriverManager.getConnection(target, "sa", "")) {
            for (String table : copied) {
                assertEquals(count(from, table), count(to, table), table);
            }
            assertEquals(changeLog(from, request.id), changeLog(to, request.id));
            assertEquals(migrations(from), migrations(to));
        }
    }

    @Test
    void refusesATargetThatHoldsTablesAndLeavesItAlone() throws Exception {
        withHistory();
        String target = emptyDatabase();
        assertTrue(copy.copyTo(target, "sa", "", quiet()).verified());
        long changes;
        try (Connection to = DriverManager.getConnection(target, "sa", "")) {
            changes = count(to, "cell_change");
            try (Statement statement = to.createStatement()) {
                statement.executeUpdate("delete from communication_revision");
            }
        }
        DatabaseCopy.Report again = copy.copyTo(target, "sa", "", quiet());
        assertTrue(again.refused());
        assertTrue(again.message().contains("not empty"), again.message());
        try (Connection to = DriverManager.getConnection(target, "sa", "")) {
            assertEquals(changes, count(to, "cell_change"));
            assertEquals(0, count(to, "communication_revision"));
        }
    }

    @Test
    void newRowsOnTheCopyGetIdsAfterTheCopiedOnes() throws Exception {
        withHistory();
        String target = emptyDatabase();
        assertTrue(copy.copyTo(target, "sa", "", quiet()).verified());
        try (Connection to = DriverManager.getConnection(target, "sa", "");
             Statement statement = to.createStatement()) {
            long max = single(to, "select max(id) from account");
            statement.executeUpdate("insert into account (username, password_hash, role, enabled, created_at)"
                    + " values ('after-copy', 'x', 'viewer', true, current_timestamp)");
            assertTrue(single(to, "select id from account where username = 'after-copy'") > max);
        }
    }

    /** A request with two changes to one cell, a verification stamp and a second account. */
    private DataRequest withHistory() {
        DataRequest request = requests.create(2, List.of("TX", "NY"));
        for (String status : List.of("REVIEWING", "REFUSED")) {
            long version = "REVIEWING".equals(status) ? 0 : 1;
            given().auth().preemptive().basic("admin", Login.ADMIN_PASSWORD).contentType("application/json")
                    .body("{\"status\":\"" + status + "\",\"effectiveDate\":\"2025-03-0" + (version + 2) + "\",\"sourceTitle\":\"copy test\","
                            + "\"note\":\"Ünïcode “quotes”\",\"version\":" + version + "}")
                    .put("/api/requests/" + request.slug + "/cells/TX/f1").then().statusCode(200);
        }
        QuarkusTransaction.requiringNew().run(() -> editor.verify(request, "NY", List.of("f2"), "admin"));
        return request;
    }

    /** A new H2 file database (an in-memory one kept open would keep constraints bound to Flyway's session). */
    private String emptyDatabase() throws IOException {
        Path dir = Files.createTempDirectory("copy-target");
        targets.add(dir);
        return "jdbc:h2:file:" + dir.resolve("tracker").toAbsolutePath();
    }

    @AfterEach
    void removeTargets() throws IOException {
        for (Path dir : targets) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        targets.clear();
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static long count(Connection connection, String table) throws SQLException {
        return single(connection, "select count(*) from " + table);
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every change of a request as text: who, when (as an instant), what. */
    private static String changeLog(Connection connection, long requestId) throws SQLException {
        StringBuilder log = new StringBuilder();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select id, jurisdiction_code, old_status, new_status,"
                     + " effective_date, note, recorded_at, recorded_by from cell_change"
                     + " where request_id = " + requestId + " order by id")) {
            while (rs.next()) {
                for (int i = 1; i <= 8; i++) {
                    log.append(TableChecksum.canonical(rs.getObject(i))).append('|');
                }
                log.append('\n');
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select jurisdiction_code, verified_at, verified_by from response"
                     + " where request_id = " + requestId + " and verified_at is not null order by id")) {
            while (rs.next()) {
                log.append(rs.getString(1)).append(TableChecksum.canonical(rs.getObject(2))).append(rs.getString(3));
            }
        }
        assertTrue(log.toString().contains("REFUSED") && log.toString().contains("NY"), log.toString());
        return log.toString();
    }

    private static Map<String, String> migrations(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select \"version\", \"checksum\" from \"flyway_schema_history\""
                     + " where \"success\" = true and \"version\" is not null")) {
            Map<String, String> out = new TreeMap<>();
            while (rs.next()) {
                out.put(String.valueOf(rs.getString(1)), String.valueOf(rs.getObject(2)));
            }
            return out;
        }
    }
}
